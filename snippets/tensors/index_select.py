import torch

x = torch.tensor([[10, 11, 12],
                  [20, 21, 22],
                  [30, 31, 32]])
idx = torch.tensor([2, 0])

rows = torch.index_select(x, 0, idx)
cols = torch.index_select(x, 1, idx)
print(rows)
#> tensor([[30, 31, 32],
#>         [10, 11, 12]])
print(cols)
#> tensor([[12, 10],
#>         [22, 20],
#>         [32, 30]])
print(cols.shape)
#> torch.Size([3, 2])
print(torch.equal(cols, x[:, idx]))
#> True
