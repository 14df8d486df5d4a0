import torch

batch = torch.arange(18).reshape(2, 3, 3)
try:
    torch.trace(batch)
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError trace: expected a matrix, but got tensor with dim 3
print(torch.diagonal(batch, dim1=-2, dim2=-1).sum(-1))
#> tensor([12, 39])
print(torch.einsum("bii->b", batch))
#> tensor([12, 39])
print([torch.trace(b).item() for b in batch])
#> [12, 39]
