import torch

x = torch.tensor([[0, 7, 0],
                  [5, 0, 9]])
coords = torch.argwhere(x)
print(coords)
#> tensor([[0, 1],
#>         [1, 0],
#>         [1, 2]])
print(coords.shape, coords.dtype)
#> torch.Size([3, 2]) torch.int64
print([x[r, c].item() for r, c in coords.tolist()])
#> [7, 5, 9]
print(torch.argwhere(torch.tensor(3.0)).shape)
#> torch.Size([1, 0])
