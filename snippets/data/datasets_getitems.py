import torch
from torch.utils.data import DataLoader, Dataset


class WholeBatch(Dataset):
    def __init__(self, n):
        self.data = torch.arange(float(n))

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        print("  __getitem__", i)
        return self.data[i]

    def __getitems__(self, indices):
        print("  __getitems__", indices)
        return list(self.data[indices])


ds = WholeBatch(6)
for batch in DataLoader(ds, batch_size=4, num_workers=0):
    print("batch", batch.tolist())
#>   __getitems__ [0, 1, 2, 3]
#> batch [0.0, 1.0, 2.0, 3.0]
#>   __getitems__ [4, 5]
#> batch [4.0, 5.0]
print("ds[2]:")
#> ds[2]:
print("  ->", ds[2])
#>   __getitem__ 2
#>   -> tensor(2.)
