import torch

x = torch.tensor([1.5, -2.0, 0.0])
print(torch.neg(x))
#> tensor([-1.5000,  2.0000, -0.0000])
print(torch.equal(torch.negative(x), torch.neg(x)))
#> True
print(torch.neg(x)[2].item(), -(0.0))
#> -0.0 -0.0
print(torch.neg(torch.tensor([5, -128], dtype=torch.int8)))
#> tensor([  -5, -128], dtype=torch.int8)
