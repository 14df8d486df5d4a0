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

for i, k in enumerate(idx.tolist()):
    print(f"rows[{i}] = x[{k}] = {rows[i].tolist()}    cols[:, {i}] = x[:, {k}] = {cols[:, i].tolist()}")
    #> rows[0] = x[2] = [30, 31, 32]    cols[:, 0] = x[:, 2] = [12, 22, 32]
    #> rows[1] = x[0] = [10, 11, 12]    cols[:, 1] = x[:, 0] = [10, 20, 30]
