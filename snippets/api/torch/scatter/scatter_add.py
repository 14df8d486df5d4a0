import torch

groups = torch.tensor([0, 1, 0, 2, 0])
values = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
totals = torch.scatter_add(torch.zeros(3), 0, groups, values)
print(totals, 1.0 + 3.0 + 5.0)
#> tensor([9., 2., 4.]) 9.0
print(torch.equal(totals, torch.bincount(groups, weights=values).float()))
#> True

index = torch.tensor([[0, 0, 1], [2, 2, 2]])
src = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(torch.scatter_add(torch.zeros(2, 3), 1, index, src))
#> tensor([[ 3.,  3.,  0.],
#>         [ 0.,  0., 15.]])
