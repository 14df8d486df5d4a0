from collections import Counter

from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class NaiveStream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        info = get_worker_info()
        worker_id = 0 if info is None else info.id
        for value in range(self.n):
            yield worker_id, value


if __name__ == "__main__":
    loader = DataLoader(NaiveStream(5), batch_size=None, num_workers=2)
    samples = [(int(w), int(v)) for w, v in loader]
    print("received:", len(samples), "samples for a stream of 5")
    #> received: 10 samples for a stream of 5
    print("sorted values:", sorted(v for _, v in samples))
    #> sorted values: [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    print("times each value came:", dict(sorted(Counter(v for _, v in samples).items())))
    #> times each value came: {0: 2, 1: 2, 2: 2, 3: 2, 4: 2}
    print("workers that sent 3:", sorted(w for w, v in samples if v == 3))
    #> workers that sent 3: [0, 1]
