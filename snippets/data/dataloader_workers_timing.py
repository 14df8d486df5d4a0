import os
import time
import warnings

from torch.utils.data import DataLoader, Dataset


class Expensive(Dataset):
    def __len__(self):
        return 100

    def __getitem__(self, index):
        time.sleep(0.008)
        return index


def epoch_time(num_workers):
    loader = DataLoader(Expensive(), batch_size=10, num_workers=num_workers)
    start = time.perf_counter()
    for _ in loader:
        pass
    return time.perf_counter() - start


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        times = {n: epoch_time(n) for n in (0, 1, 2, 4)}

    print("CPU cores:", len(os.sched_getaffinity(0)))
    #> CPU cores: ...
    print("num_workers  seconds")
    #> num_workers  seconds
    for n, seconds in times.items():
        print(f"{n:>11}  {seconds:.2f}")
        #>           0  ...
        #>           1  ...
        #>           2  ...
        #>           4  ...
    print("1 worker faster than 0:", times[1] < 0.85 * times[0])
    #> 1 worker faster than 0: False
    print("2 workers faster than 0:", times[2] < 0.85 * times[0])
    #> 2 workers faster than 0: True
    print("4 workers faster than 1:", times[4] < 0.85 * times[1])
    #> 4 workers faster than 1: True
    print(caught[0].category.__name__ + ":", str(caught[0].message).split(",")[0])
    #> UserWarning: This DataLoader will create 4 worker processes in total. Our suggested max number of worker in current system is ...
