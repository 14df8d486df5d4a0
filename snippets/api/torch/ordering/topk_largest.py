import torch

x = torch.tensor([[1, 7, 2, 9, 4],
                  [8, 3, 6, 5, 0]])
result = torch.topk(x, 2)
print(type(result).__name__)
#> topk
print(result.values)
#> tensor([[9, 7],
#>         [8, 6]])
print(result.indices)
#> tensor([[3, 1],
#>         [0, 2]])
print(sorted(x[0].tolist(), reverse=True)[:2])
#> [9, 7]
print(torch.equal(result.values, torch.sort(x, descending=True).values[:, :2]))
#> True
print(torch.topk(x, 2, largest=False).values)
#> tensor([[1, 2],
#>         [0, 3]])
print(torch.topk(x, 1, dim=0).values)
#> tensor([[8, 7, 6, 9, 4]])

unsorted = torch.topk(x, 3, sorted=False)
print(torch.equal(unsorted.values.sort(dim=1, descending=True).values, torch.topk(x, 3).values))
#> True
