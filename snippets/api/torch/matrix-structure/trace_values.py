import torch

m = torch.arange(9).reshape(3, 3)
print(m)
#> tensor([[0, 1, 2],
#>         [3, 4, 5],
#>         [6, 7, 8]])
print(torch.trace(m), 0 + 4 + 8)
#> tensor(12) 12
print(torch.trace(m.to(torch.int32)).dtype, torch.trace(m.to(torch.uint8)).dtype)
#> torch.int64 torch.int64
print(torch.trace(m.float()).dtype)
#> torch.float32
print(torch.trace(torch.ones(2, 3)))
#> tensor(2.)
