import torch

v = torch.tensor([[1, 2, 3], [4, 5, 6]])
e = torch.diag_embed(v)
print(e.shape)
#> torch.Size([2, 3, 3])
print(e[1])
#> tensor([[4, 0, 0],
#>         [0, 5, 0],
#>         [0, 0, 6]])
print(torch.diag_embed(v, offset=1).shape)
#> torch.Size([2, 4, 4])
print(torch.diag_embed(v, offset=1)[0])
#> tensor([[0, 1, 0, 0],
#>         [0, 0, 2, 0],
#>         [0, 0, 0, 3],
#>         [0, 0, 0, 0]])
print(torch.diag_embed(v, dim1=0, dim2=2).shape)
#> torch.Size([3, 2, 3])
