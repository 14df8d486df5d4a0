import torch

x = torch.tensor([[10, 11, 12],
                  [20, 21, 22],
                  [30, 31, 32]])
idx = torch.tensor([2, 0, 2])
rows = torch.index_select(x, 0, idx)
print(rows)
#> tensor([[30, 31, 32],
#>         [10, 11, 12],
#>         [30, 31, 32]])
print(torch.equal(rows, x[idx]))
#> True
cols = torch.index_select(x, 1, torch.tensor([1]))
print(cols, cols.shape)
#> tensor([[11],
#>         [21],
#>         [31]]) torch.Size([3, 1])

rows[0, 0] = -1
print(rows[0].tolist(), x[2].tolist(), rows.data_ptr() == x.data_ptr())
#> [-1, 31, 32] [30, 31, 32] False
