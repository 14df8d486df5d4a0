from torch.utils.data import DataLoader, IterableDataset


class Countdown(IterableDataset):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        yield from range(self.start, 0, -1)


stream = Countdown(5)
print(list(stream))
#> [5, 4, 3, 2, 1]
print([batch.tolist() for batch in DataLoader(stream, batch_size=2)])
#> [[5, 4], [3, 2], [1]]

for attempt in (lambda: len(stream), lambda: stream[0], lambda: DataLoader(stream, shuffle=True)):
    try:
        attempt()
    except (TypeError, NotImplementedError, ValueError) as error:
        print(type(error).__name__ + ":", error)
        #> TypeError: object of type 'Countdown' has no len()
        #> NotImplementedError: Subclasses of Dataset should implement __getitem__.
        #> ValueError: DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True
