from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class RangeStream(IterableDataset):
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def __iter__(self):
        info = get_worker_info()
        if info is None:
            worker_id, num_workers = 0, 1
        else:
            worker_id, num_workers = info.id, info.num_workers
        for value in range(self.start + worker_id, self.end, num_workers):
            yield worker_id, value


if __name__ == "__main__":
    ds = RangeStream(0, 10)
    print("no workers:", [value for _, value in ds])
    #> no workers: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

    loader = DataLoader(ds, batch_size=None, num_workers=2)
    samples = [(int(w), int(v)) for w, v in loader]
    print("received:", samples)
    #> received: [(0, 0), (1, 1), (0, 2), (1, 3), (0, 4), (1, 5), (0, 6), (1, 7), (0, 8), (1, 9)]
    for worker_id in (0, 1):
        print(f"worker {worker_id}:", [v for w, v in samples if w == worker_id])
        #> worker 0: [0, 2, 4, 6, 8]
        #> worker 1: [1, 3, 5, 7, 9]
    values = sorted(v for _, v in samples)
    print("sorted == range(10):", values == list(range(10)))
    #> sorted == range(10): True
