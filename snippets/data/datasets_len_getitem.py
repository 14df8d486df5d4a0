import torch
from torch.utils.data import DataLoader, Dataset


class Recorder(Dataset):
    def __init__(self, n):
        self.n = n
        self.received = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.received.append(i)
        return torch.tensor([float(i)])


ds = Recorder(6)
batches = [batch.flatten().int().tolist() for batch in DataLoader(ds, batch_size=4)]
print("batches:", batches)
#> batches: [[0, 1, 2, 3], [4, 5]]
print("__getitem__ received:", ds.received)
#> __getitem__ received: [0, 1, 2, 3, 4, 5]
print("types:", {type(i).__name__ for i in ds.received})
#> types: {'int'}

print("ds[10]:", ds[10])
#> ds[10]: tensor([10.])
print("len(ds):", len(ds))
#> len(ds): 6
