import torch
from torch.utils.data import Dataset


class Points(Dataset):
    def __init__(self, n, num_features=3):
        generator = torch.Generator().manual_seed(0)
        self.features = torch.randn(n, num_features, generator=generator)
        self.labels = (self.features.sum(dim=1) > 0).long()

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.features[i], self.labels[i]


torch.set_printoptions(precision=4)
ds = Points(5)
print("len(ds):", len(ds))
#> len(ds): 5
x, y = ds[2]
print("ds[2] ->", x, y)
#> ds[2] -> tensor([ 0.4033,  0.8380, -0.7193]) tensor(1)
print("ds[-1][1]:", ds[-1][1])
#> ds[-1][1]: tensor(0)
print("labels:", [int(label) for _, label in ds])
#> labels: [0, 0, 1, 0, 0]
