from torch.utils.data import DataLoader, Sampler


class EvenThenOdd(Sampler[int]):
    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        n = len(self.data_source)
        yield from range(0, n, 2)
        yield from range(1, n, 2)


class SizedEvenThenOdd(EvenThenOdd):
    def __len__(self):
        return len(self.data_source)


dataset = [10, 11, 12, 13, 14, 15, 16]
sampler = EvenThenOdd(dataset)
print("indices:", list(sampler))
#> indices: [0, 2, 4, 6, 1, 3, 5]

loader = DataLoader(dataset, batch_size=3, sampler=sampler)
print("batches:", [batch.tolist() for batch in loader])
#> batches: [[10, 12, 14], [16, 11, 13], [15]]
try:
    len(loader)
except TypeError as error:
    print("len(loader) without __len__ -> TypeError:", error)
    #> len(loader) without __len__ -> TypeError: object of type 'EvenThenOdd' has no len()

sized = DataLoader(dataset, batch_size=3, sampler=SizedEvenThenOdd(dataset))
print("len(loader) with __len__:", len(sized))
#> len(loader) with __len__: 3

plain = DataLoader(dataset, batch_size=3, sampler=[6, 0, 3])
print("a plain list as sampler:", [batch.tolist() for batch in plain])
#> a plain list as sampler: [[16, 10, 13]]
