import torch
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32).unsqueeze(1)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.x[i] ** 2


ds = Squares(10)
print("len(ds):", len(ds))
#> len(ds): 10
print("ds[3]:", ds[3])
#> ds[3]: (tensor([3.]), tensor([9.]))

loader = DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
for features, labels in loader:
    print(tuple(features.shape), tuple(labels.shape), features.flatten().int().tolist())
    #> (4, 1) (4, 1) [3, 7, 5, 2]
    #> (4, 1) (4, 1) [0, 8, 1, 6]
    #> (2, 1) (2, 1) [9, 4]
