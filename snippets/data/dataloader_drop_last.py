import torch
from torch.utils.data import DataLoader

data = torch.arange(10)

for drop_last in (False, True):
    loader = DataLoader(data, batch_size=4, drop_last=drop_last)
    sizes = [len(batch) for batch in loader]
    print(f"drop_last={drop_last}: {len(loader)} batches, sizes {sizes}")
    #> drop_last=False: 3 batches, sizes [4, 4, 2]
    #> drop_last=True: 2 batches, sizes [4, 4]
