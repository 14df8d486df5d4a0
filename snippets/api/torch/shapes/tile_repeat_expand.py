import torch

x = torch.tensor([[1, 2], [3, 4]])
print(torch.equal(torch.tile(x, (2, 3)), x.repeat(2, 3)))
#> True
try:
    x.repeat(2)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> RuntimeError Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor

col = torch.tensor([[1], [2]])
expanded = col.expand(2, 3)
tiled = torch.tile(col, (1, 3))
print(torch.equal(tiled, expanded))
#> True
print(expanded.stride(), expanded.data_ptr() == col.data_ptr())
#> (1, 0) True
print(tiled.stride(), tiled.data_ptr() == col.data_ptr())
#> (3, 1) False
