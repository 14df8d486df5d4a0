import torch

x = torch.tensor([2.0, 3.0, 4.0])
print(torch.erf(x))
#> tensor([0.9953, 1.0000, 1.0000])
print(torch.erfinv(torch.erf(x)))
#> tensor([2.0000, 2.9998,    inf])
x64 = x.double()
print(torch.erfinv(torch.erf(x64)))
#> tensor([2.0000, 3.0000, 4.0000], dtype=torch.float64)
