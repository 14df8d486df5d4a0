from torch.utils.data import ChainDataset, IterableDataset


class Stream(IterableDataset):
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield f"{self.name}{i}"

    def __len__(self):
        return self.n


chain = ChainDataset([Stream("a", 2), Stream("b", 3)])
print(list(chain), len(chain))
#> ['a0', 'a1', 'b0', 'b1', 'b2'] 5
print(type(Stream("a", 2) + Stream("b", 3)).__name__)
#> ChainDataset

mixed = ChainDataset([Stream("a", 2), ["x0", "x1"]])
print("made:", type(mixed).__name__)
#> made: ChainDataset
seen = []
try:
    for item in mixed:
        seen.append(item)
except AssertionError as error:
    print("AssertionError:", error, "after", seen)
    #> AssertionError: ChainDataset only supports IterableDataset after ['a0', 'a1']
