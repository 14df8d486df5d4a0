import torch

x = torch.tensor([3, 1, 2, 3, 1])
print(torch.unique(x, sorted=False))
#> tensor([1, 2, 3])
print(list(dict.fromkeys(x.tolist())))
#> [3, 1, 2]
values, inverse = torch.unique(x, return_inverse=True)
first = torch.full_like(values, x.numel()).scatter_reduce(0, inverse, torch.arange(x.numel()), "amin")
print(first, values[first.argsort()])
#> tensor([1, 2, 0]) tensor([3, 1, 2])
