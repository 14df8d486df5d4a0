# requires: cuda
import torch
from torch.utils.data import DataLoader

data = torch.arange(6.0)
loader = DataLoader(data, batch_size=3, pin_memory=True)

batch = next(iter(loader))
print(batch.device, batch.is_pinned())
#> cpu True

on_gpu = batch.to("cuda", non_blocking=True)
print(on_gpu.device)
#> cuda:0

unpinned = next(iter(DataLoader(data, batch_size=3)))
print(unpinned.device, unpinned.is_pinned())
#> cpu False
