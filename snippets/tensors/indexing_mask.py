import torch

x = torch.tensor([[1, -2, 3],
                  [-4, 5, -6]])
mask = x > 0
print(mask)
#> tensor([[ True, False,  True],
#>         [False,  True, False]])
selected = x[mask]
print(selected, selected.shape)
#> tensor([1, 3, 5]) torch.Size([3])

selected[0] = 100
print(x[0, 0].item())
#> 1

keep_rows = torch.tensor([False, True])
keep_cols = torch.tensor([True, False, True])
print(x[keep_rows], x[:, keep_cols].shape)
#> tensor([[-4,  5, -6]]) torch.Size([2, 2])
