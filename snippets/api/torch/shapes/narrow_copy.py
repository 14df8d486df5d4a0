import torch

x = torch.arange(12).reshape(3, 4)
c = torch.narrow_copy(x, 1, 1, 2)
print(c)
#> tensor([[ 1,  2],
#>         [ 5,  6],
#>         [ 9, 10]])
print(c.data_ptr() == x.data_ptr(), c.is_contiguous(), torch.narrow(x, 1, 1, 2).is_contiguous())
#> False True False
c[0, 0] = 100
print(x[0])
#> tensor([0, 1, 2, 3])

out = torch.empty(3, 2, dtype=torch.long)
torch.narrow_copy(x, 1, 2, 2, out=out)
print(out)
#> tensor([[ 2,  3],
#>         [ 6,  7],
#>         [10, 11]])
