import torch

x = torch.tensor([50.0, 88.0, 90.0, 100.0])
print(torch.i0(x))
#> tensor([2.9326e+20, 7.0340e+36,        inf,        inf])
print(torch.i0(x.double()))
#> tensor([2.9326e+20, 7.0340e+36, 5.1392e+37, 1.0738e+42], dtype=torch.float64)
print(torch.special.i0e(x))
#> tensor([0.0566, 0.0426, 0.0421, 0.0399])
print(torch.special.i0e(x)[3].item() * torch.exp(x.double())[3].item())
#> 1.0737516398579132e+42
