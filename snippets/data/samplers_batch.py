import torch
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, SequentialSampler

dataset = list(range(10))

keep = BatchSampler(SequentialSampler(dataset), batch_size=4, drop_last=False)
print("drop_last=False:", list(keep), "len", len(keep))
#> drop_last=False: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]] len 3
drop = BatchSampler(SequentialSampler(dataset), batch_size=4, drop_last=True)
print("drop_last=True: ", list(drop), "len", len(drop))
#> drop_last=True:  [[0, 1, 2, 3], [4, 5, 6, 7]] len 2

generator = torch.Generator().manual_seed(0)
shuffled = BatchSampler(RandomSampler(dataset, generator=generator), batch_size=4, drop_last=False)
print("over RandomSampler:", list(shuffled))
#> over RandomSampler: [[4, 1, 7, 5], [3, 9, 0, 8], [6, 2]]

loader = DataLoader(dataset, batch_sampler=drop)
print("DataLoader(batch_sampler=...):", [batch.tolist() for batch in loader])
#> DataLoader(batch_sampler=...): [[0, 1, 2, 3], [4, 5, 6, 7]]
