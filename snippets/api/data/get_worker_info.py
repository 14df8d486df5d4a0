import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Report(Dataset):
    def __init__(self):
        self.calls = 0

    def __len__(self):
        return 2

    def __getitem__(self, index):
        info = get_worker_info()
        info.dataset.calls += 1
        return index, info.id, info.num_workers, info.seed, info.dataset is self


if __name__ == "__main__":
    print("main:", get_worker_info())
    dataset = Report()
    loader = DataLoader(dataset, batch_size=None, num_workers=2, generator=torch.Generator().manual_seed(0))
    for index, worker_id, num_workers, seed, own_copy in loader:
        print(f"index {index}: id={worker_id} num_workers={num_workers} seed={seed} own copy={own_copy}")
        print("  main, during the loop:", get_worker_info(), "loader.num_workers:", loader.num_workers)
    print("main's dataset.calls:", dataset.calls)
#> main: None
#> index 0: id=0 num_workers=2 seed=900450186894289455 own copy=True
#>   main, during the loop: None loader.num_workers: 2
#> index 1: id=1 num_workers=2 seed=900450186894289456 own copy=True
#>   main, during the loop: None loader.num_workers: 2
#> main's dataset.calls: 0
