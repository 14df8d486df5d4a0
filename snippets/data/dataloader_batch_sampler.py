import torch
from torch.utils.data import BatchSampler, DataLoader, SequentialSampler

data = torch.arange(10) * 10

batch_sampler = BatchSampler(SequentialSampler(data), batch_size=4, drop_last=False)
print(list(batch_sampler))
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]

loader = DataLoader(data, batch_sampler=batch_sampler)
print([batch.tolist() for batch in loader])
#> [[0, 10, 20, 30], [40, 50, 60, 70], [80, 90]]

loader = DataLoader(data, batch_sampler=[[0, 1], [2, 3, 4, 5, 6], [9]])
print([batch.tolist() for batch in loader])
#> [[0, 10], [20, 30, 40, 50, 60], [90]]

try:
    DataLoader(data, batch_size=4, batch_sampler=batch_sampler)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last
