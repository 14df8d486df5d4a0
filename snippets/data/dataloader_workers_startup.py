import time

import torch
from torch.utils.data import DataLoader

tiny = torch.arange(64)


def epoch_time(num_workers):
    loader = DataLoader(tiny, batch_size=16, num_workers=num_workers)
    start = time.perf_counter()
    for _ in loader:
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    t0 = epoch_time(0)
    t2 = epoch_time(2)
    print(f"num_workers=0: {t0 * 1000:.1f} ms")
    #> num_workers=0: ... ms
    print(f"num_workers=2: {t2 * 1000:.1f} ms")
    #> num_workers=2: ... ms
    print("2 workers slower than 0:", t2 > 3 * t0)
    #> 2 workers slower than 0: True
