import torch

m = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(m, 2))
#> tensor([1, 1, 2, 2, 3, 3, 4, 4])
print(torch.repeat_interleave(m, 2, dim=0))
#> tensor([[1, 2],
#>         [1, 2],
#>         [3, 4],
#>         [3, 4]])
print(m.repeat(2, 1))
#> tensor([[1, 2],
#>         [3, 4],
#>         [1, 2],
#>         [3, 4]])
