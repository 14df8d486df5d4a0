import torch

x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(torch.unique_consecutive(x), torch.unique(x))
#> tensor([1, 2, 3, 1, 2]) tensor([1, 2, 3])
values, inverse, counts = torch.unique_consecutive(x, return_inverse=True, return_counts=True)
print(values, counts)
#> tensor([1, 2, 3, 1, 2]) tensor([2, 2, 1, 2, 1])
print(inverse, torch.equal(values[inverse], x))
#> tensor([0, 0, 1, 1, 2, 3, 3, 4]) True
print(torch.equal(torch.repeat_interleave(values, counts), x))
#> True
rows = torch.tensor([[1, 2], [1, 2], [3, 4], [1, 2]])
print(torch.unique_consecutive(rows, dim=0))
#> tensor([[1, 2],
#>         [3, 4],
#>         [1, 2]])
