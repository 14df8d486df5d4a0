import os

from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoadsMe(Dataset):
    def __init__(self):
        self.main_pid = os.getpid()

    def __len__(self):
        return 8

    def __getitem__(self, index):
        info = get_worker_info()
        worker = -1 if info is None else info.id
        return {"index": index, "worker": worker, "main": os.getpid() == self.main_pid}


if __name__ == "__main__":
    for num_workers in (0, 2):
        loader = DataLoader(WhoLoadsMe(), batch_size=2, num_workers=num_workers)
        print(f"num_workers={num_workers}")
        for batch in loader:
            print("  indices", batch["index"].tolist(), "worker", batch["worker"].tolist(),
                  "main process", batch["main"].tolist())
#> num_workers=0
#>   indices [0, 1] worker [-1, -1] main process [True, True]
#>   indices [2, 3] worker [-1, -1] main process [True, True]
#>   indices [4, 5] worker [-1, -1] main process [True, True]
#>   indices [6, 7] worker [-1, -1] main process [True, True]
#> num_workers=2
#>   indices [0, 1] worker [0, 0] main process [False, False]
#>   indices [2, 3] worker [1, 1] main process [False, False]
#>   indices [4, 5] worker [0, 0] main process [False, False]
#>   indices [6, 7] worker [1, 1] main process [False, False]
