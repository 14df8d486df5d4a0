from torch.utils.data import DataLoader, SequentialSampler

dataset = ["a", "b", "c", "d"]
sampler = SequentialSampler(dataset)
print(list(sampler), len(sampler))
#> [0, 1, 2, 3] 4
print(list(sampler) == list(range(len(dataset))))
#> True
print("DataLoader(dataset).sampler:", type(DataLoader(dataset).sampler).__name__)
#> DataLoader(dataset).sampler: SequentialSampler

dataset.append("e")
print("after append:", list(sampler), len(sampler))
#> after append: [0, 1, 2, 3, 4] 5

count_only = SequentialSampler(5)
try:
    list(count_only)
except TypeError as error:
    print("SequentialSampler(5) -> TypeError:", error)
    #> SequentialSampler(5) -> TypeError: object of type 'int' has no len()
print("SequentialSampler(range(5)):", list(SequentialSampler(range(5))))
#> SequentialSampler(range(5)): [0, 1, 2, 3, 4]
