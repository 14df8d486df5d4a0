import torch
from torch.utils.data import Subset, TensorDataset

features = torch.arange(12.0).reshape(6, 2)
labels = torch.tensor([0, 1, 0, 1, 1, 0])
ds = TensorDataset(features, labels)
print("len:", len(ds))
#> len: 6
print("ds[1]:", ds[1])
#> ds[1]: (tensor([2., 3.]), tensor(1))
print("tensors:", [tuple(t.shape) for t in ds.tensors])
#> tensors: [(6, 2), (6,)]

try:
    TensorDataset(features, labels[:5])
except AssertionError as error:
    print("AssertionError:", error)
    #> AssertionError: Size mismatch between tensors

part = Subset(ds, [4, 0, 2])
print("len(part):", len(part), "indices:", part.indices)
#> len(part): 3 indices: [4, 0, 2]
print("part[0]:", part[0])
#> part[0]: (tensor([8., 9.]), tensor(1))
print("part[0] is ds[4]:", torch.equal(part[0][0], ds[4][0]))
#> part[0] is ds[4]: True
