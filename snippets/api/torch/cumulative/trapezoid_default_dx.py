import torch

x = torch.linspace(0, 2, 5)
y = x**2
print(torch.trapezoid(y), torch.trapezoid(y, x))
#> tensor(5.5000) tensor(2.7500)
print(torch.trapezoid(y) * 0.5)
#> tensor(2.7500)
