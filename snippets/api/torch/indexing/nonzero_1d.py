import torch

v = torch.tensor([0, 3, 0, 4])
print(torch.nonzero(v), torch.nonzero(v).shape)
#> tensor([[1],
#>         [3]]) torch.Size([2, 1])
print(torch.nonzero(v, as_tuple=True))
#> (tensor([1, 3]),)
print(torch.nonzero(v).squeeze(1))
#> tensor([1, 3])
