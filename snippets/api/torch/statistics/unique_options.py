import torch

x = torch.tensor([3, 1, 2, 3, 1, 3])
print(torch.unique(x))
#> tensor([1, 2, 3])
values, inverse, counts = torch.unique(x, return_inverse=True, return_counts=True)
print(values, inverse, counts)
#> tensor([1, 2, 3]) tensor([2, 0, 1, 2, 0, 2]) tensor([2, 1, 3])
print(torch.equal(values[inverse], x), counts.sum().item() == x.numel())
#> True True
values, counts = torch.unique(x, return_counts=True)
print(values[counts.argmax()].item())
#> 3
rows = torch.tensor([[1, 2], [3, 4], [1, 2]])
print(torch.unique(rows, dim=0, return_counts=True))
#> (tensor([[1, 2],
#>         [3, 4]]), tensor([2, 1]))
print(torch.unique(rows))
#> tensor([1, 2, 3, 4])
