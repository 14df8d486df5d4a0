from torch.utils.data import DataLoader, SequentialSampler

dataset = list(range(6))

try:
    DataLoader(dataset, shuffle=True, sampler=SequentialSampler(dataset))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: sampler option is mutually exclusive with shuffle

loader = DataLoader(dataset, batch_size=3, sampler=SequentialSampler(dataset))
print(type(loader.sampler).__name__, [batch.tolist() for batch in loader])
#> SequentialSampler [[0, 1, 2], [3, 4, 5]]
