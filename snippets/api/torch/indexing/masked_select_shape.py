import torch

x = torch.tensor([[1, 2, 3],
                  [4, 5, 6],
                  [7, 8, 9]])
keep_rows = torch.tensor([[True], [False], [True]])
flat = torch.masked_select(x, keep_rows)
print(flat, flat.shape)
#> tensor([1, 2, 3, 7, 8, 9]) torch.Size([6])
print(x[keep_rows.squeeze(1)])
#> tensor([[1, 2, 3],
#>         [7, 8, 9]])
