import torch

x = torch.linspace(0, 2, 5)
y = x**2
running = torch.cumulative_trapezoid(y, x)
print(running, running.shape, y.shape)
#> tensor([0.0625, 0.3750, 1.1875, 2.7500]) torch.Size([4]) torch.Size([5])
print(0.5 * (0 + 0.25) / 2)
#> 0.0625
print(torch.equal(running[-1], torch.trapezoid(y, x)))
#> True
print(torch.equal(running, torch.cumulative_trapezoid(y, dx=0.5)))
#> True
print(x[1:] ** 3 / 3)
#> tensor([0.0417, 0.3333, 1.1250, 2.6667])
