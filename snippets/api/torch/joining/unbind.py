import torch

m = torch.arange(6).reshape(2, 3)
rows = torch.unbind(m)
print(rows)
#> (tensor([0, 1, 2]), tensor([3, 4, 5]))
print(torch.unbind(m, dim=1))
#> (tensor([0, 3]), tensor([1, 4]), tensor([2, 5]))
print([p.shape for p in torch.split(m, 1)])
#> [torch.Size([1, 3]), torch.Size([1, 3])]

rows[1][0] = 100
print(m)
#> tensor([[  0,   1,   2],
#>         [100,   4,   5]])
