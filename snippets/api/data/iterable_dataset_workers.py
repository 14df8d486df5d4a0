import itertools

from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Records(IterableDataset):
    def __init__(self, n, split=True):
        self.n = n
        self.split = split

    def __iter__(self):
        info = get_worker_info()
        worker, step = (0, 1) if info is None else (info.id, info.num_workers)
        records = iter(range(self.n))
        if self.split:
            records = itertools.islice(records, worker, None, step)
        for record in records:
            yield worker, record


if __name__ == "__main__":
    for num_workers, split in ((0, True), (2, True), (2, False)):
        loader = DataLoader(Records(6, split), batch_size=None, num_workers=num_workers)
        received = list(loader)
        each_once = sorted(record for _, record in received) == list(range(6))
        print(f"num_workers={num_workers} split={split}: {len(received)} records, each once: {each_once}")
        print(" ", received)
#> num_workers=0 split=True: 6 records, each once: True
#>   [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]
#> num_workers=2 split=True: 6 records, each once: True
#>   [[0, 0], [1, 1], [0, 2], [1, 3], [0, 4], [1, 5]]
#> num_workers=2 split=False: 12 records, each once: False
#>   [[0, 0], [1, 0], [0, 1], [1, 1], [0, 2], [1, 2], [0, 3], [1, 3], [0, 4], [1, 4], [0, 5], [1, 5]]
