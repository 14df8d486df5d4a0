import torch

v = torch.tensor([[1, 2, 3], [4, 5, 6]])
e = torch.diag_embed(v)
print(e.shape)
#> torch.Size([2, 3, 3])
print(torch.diagonal(e).shape)
#> torch.Size([3, 2])
print(torch.diagonal(e, dim1=-2, dim2=-1).shape)
#> torch.Size([2, 3])
print(torch.equal(torch.diagonal(e, dim1=-2, dim2=-1), v))
#> True
