import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5, 6])
print(torch.column_stack([x, y]))
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])
print(torch.equal(torch.column_stack([x, y]), torch.stack([x, y], dim=1)))
#> True

features = torch.zeros(3, 2, dtype=torch.long)
print(torch.column_stack([features, x]))
#> tensor([[0, 0, 1],
#>         [0, 0, 2],
#>         [0, 0, 3]])
