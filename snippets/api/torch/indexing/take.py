import torch

x = torch.tensor([[10, 11, 12],
                  [20, 21, 22]])
idx = torch.tensor([[0, 5],
                    [4, -1]])
out = torch.take(x, idx)
print(out)
#> tensor([[10, 22],
#>         [21, 22]])
print(torch.equal(out, x.flatten()[idx]))
#> True
print(torch.take(x.t(), torch.tensor([0, 1, 2])), x.t())
#> tensor([10, 20, 11]) tensor([[10, 20],
#>         [11, 21],
#>         [12, 22]])
