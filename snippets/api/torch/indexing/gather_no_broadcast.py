import torch

x = torch.tensor([[10, 11, 12, 13],
                  [20, 21, 22, 23],
                  [30, 31, 32, 33]])
cols = torch.tensor([[3, 0]])
print(torch.gather(x, 1, cols))
#> tensor([[13, 10]])
print(torch.gather(x, 1, cols.expand(3, 2)))
#> tensor([[13, 10],
#>         [23, 20],
#>         [33, 30]])
