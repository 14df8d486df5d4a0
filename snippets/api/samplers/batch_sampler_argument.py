import torch
from torch.utils.data import BatchSampler, DataLoader, SequentialSampler, TensorDataset

dataset = TensorDataset(torch.arange(10.0))
batches = BatchSampler(SequentialSampler(dataset), batch_size=4, drop_last=False)

wrong = next(iter(DataLoader(dataset, sampler=batches)))[0]
print("sampler=batches:      ", tuple(wrong.shape), wrong.tolist())
#> sampler=batches:       (1, 4) [[0.0, 1.0, 2.0, 3.0]]
right = next(iter(DataLoader(dataset, batch_sampler=batches)))[0]
print("batch_sampler=batches:", tuple(right.shape), right.tolist())
#> batch_sampler=batches: (4,) [0.0, 1.0, 2.0, 3.0]
