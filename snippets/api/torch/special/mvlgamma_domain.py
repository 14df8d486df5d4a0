import torch

x = torch.tensor([0.4, 0.5, 0.6, 1.0])
print(torch.mvlgamma(x, p=2))
#> tensor([3.7380,    inf, 3.2233, 1.1447])
print(torch.mvlgamma(x, p=3))
#> tensor([6.1902,    inf, 5.6826,    inf])
