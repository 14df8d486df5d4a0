import torch
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, SequentialSampler

indices = SequentialSampler(range(10))
for drop_last in (False, True):
    batches = BatchSampler(indices, batch_size=4, drop_last=drop_last)
    print(f"drop_last={drop_last}:", list(batches), "len", len(batches))
    #> drop_last=False: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]] len 3
    #> drop_last=True: [[0, 1, 2, 3], [4, 5, 6, 7]] len 2
print("ceil(10 / 4):", (10 + 4 - 1) // 4, " floor(10 / 4):", 10 // 4)
#> ceil(10 / 4): 3  floor(10 / 4): 2

print("DataLoader(batch_size=4).batch_sampler:", type(DataLoader(range(10), batch_size=4).batch_sampler).__name__)
#> DataLoader(batch_size=4).batch_sampler: BatchSampler

generator = torch.Generator().manual_seed(0)
shuffled = BatchSampler(RandomSampler(range(10), generator=generator), batch_size=4, drop_last=False)
print("over RandomSampler:", list(shuffled))
#> over RandomSampler: [[4, 1, 7, 5], [3, 9, 0, 8], [6, 2]]
