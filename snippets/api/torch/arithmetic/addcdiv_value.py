import torch

x = torch.tensor([1.0, 1.0, 1.0])
t1 = torch.tensor([1.0, 2.0, 3.0])
t2 = torch.tensor([2.0, 4.0, 8.0])
print(torch.addcdiv(x, t1, t2))
#> tensor([1.5000, 1.5000, 1.3750])
print(torch.addcdiv(x, t1, t2, value=-0.1))
#> tensor([0.9500, 0.9500, 0.9625])
print(torch.allclose(torch.addcdiv(x, t1, t2, value=-0.1), x - 0.1 * t1 / t2))
#> True
print(round(torch.addcdiv(x, t1, t2, value=-0.1)[2].item(), 6), 1.0 - 0.1 * 3.0 / 8.0)
#> 0.9625 0.9625
