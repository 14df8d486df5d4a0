import torch

x = torch.tensor([30, 10, 20, 10])

idx = torch.argsort(x)
print(idx, x[idx])
#> tensor([1, 3, 2, 0]) tensor([10, 10, 20, 30])
print(torch.argsort(x, descending=True))
#> tensor([0, 2, 1, 3])

result = torch.sort(x, stable=True)
print(result.values, result.indices)
#> tensor([10, 10, 20, 30]) tensor([1, 3, 2, 0])

scores = torch.tensor([[0.1, 0.7, 0.2],
                       [0.5, 0.3, 0.2]])
print(torch.argsort(scores, dim=1, descending=True))
#> tensor([[1, 2, 0],
#>         [0, 1, 2]])
