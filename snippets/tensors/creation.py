import torch

print(torch.zeros(2, 3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(torch.ones(2, dtype=torch.int32))
#> tensor([1, 1], dtype=torch.int32)

x = torch.tensor([[1, 2], [3, 4]])
print(torch.zeros_like(x))
#> tensor([[0, 0],
#>         [0, 0]])

print(torch.full((2, 2), 7))
#> tensor([[7, 7],
#>         [7, 7]])
print(torch.full((2, 2), 7.0))
#> tensor([[7., 7.],
#>         [7., 7.]])

print(torch.arange(5))
#> tensor([0, 1, 2, 3, 4])
print(torch.arange(0, 1, 0.25))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500])
