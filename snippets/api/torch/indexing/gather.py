import torch

x = torch.tensor([[10, 11, 12, 13],
                  [20, 21, 22, 23],
                  [30, 31, 32, 33]])
idx = torch.tensor([[3, 0],
                    [1, 1],
                    [0, 2]])
out = torch.gather(x, 1, idx)
print(out)
#> tensor([[13, 10],
#>         [21, 21],
#>         [30, 32]])
by_hand = torch.tensor([[x[i, idx[i, j]] for j in range(2)] for i in range(3)])
print(torch.equal(out, by_hand))
#> True

rows = torch.tensor([[2, 0, 1, 0]])
print(torch.gather(x, 0, rows))
#> tensor([[30, 11, 22, 13]])

out[0, 0] = -1
print(out[0].tolist(), x[0].tolist())
#> [-1, 10] [10, 11, 12, 13]
