import torch

x = torch.linspace(0, 2, 5)
y = x**2
print(x, y)
#> tensor([0.0000, 0.5000, 1.0000, 1.5000, 2.0000]) tensor([0.0000, 0.2500, 1.0000, 2.2500, 4.0000])
area = torch.trapezoid(y, x)
print(area, torch.trapezoid(y, dx=0.5))
#> tensor(2.7500) tensor(2.7500)
print(0.5 * (0 / 2 + 0.25 + 1 + 2.25 + 4 / 2), round(8 / 3, 4))
#> 2.75 2.6667

x_fine = torch.linspace(0, 2, 201)
print(round(torch.trapezoid(x_fine**2, x_fine).item(), 4))
#> 2.6667

rows = torch.stack([y, 2 * y])
print(torch.trapezoid(rows, x), torch.trapezoid(rows, dx=0.5, dim=0).shape)
#> tensor([2.7500, 5.5000]) torch.Size([5])
