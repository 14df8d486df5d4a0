import torch

batch = torch.arange(8).reshape(2, 2, 2)
try:
    torch.diag(batch)
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError diag(): Supports 1D or 2D tensors. Got 3D
print(torch.diagonal(batch, dim1=-2, dim2=-1))
#> tensor([[0, 3],
#>         [4, 7]])
print(torch.diag_embed(torch.tensor([[1, 2], [3, 4]])).shape)
#> torch.Size([2, 2, 2])
