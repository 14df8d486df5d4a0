import torch

x = torch.tensor([1, 3, 1, 0, 3, 3])
counts = torch.bincount(x)
print(counts, counts.dtype)
#> tensor([1, 2, 0, 3]) torch.int64
print([(x == k).sum().item() for k in range(4)])
#> [1, 2, 0, 3]
print(torch.bincount(x, minlength=6), torch.bincount(x, minlength=2))
#> tensor([1, 2, 0, 3, 0, 0]) tensor([1, 2, 0, 3])

w = torch.tensor([0.5, 1.0, 0.5, 2.0, 1.0, 1.0])
weighted = torch.bincount(x, weights=w)
print(weighted, weighted.dtype, w[x == 3].sum().item())
#> tensor([2., 1., 0., 3.]) torch.float32 3.0
print(torch.bincount(x, weights=torch.tensor([1, 2, 3, 4, 5, 6])).dtype)
#> torch.float64
