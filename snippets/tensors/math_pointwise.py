import torch

x = torch.tensor([-2.0, 0.5, 3.0])
y = torch.tensor([1.0, 2.0, 4.0])

print(torch.abs(x))
#> tensor([2.0000, 0.5000, 3.0000])
print(torch.add(x, y))
#> tensor([-1.0000,  2.5000,  7.0000])
print(torch.add(x, y, alpha=10))
#> tensor([ 8.0000, 20.5000, 43.0000])
print(x + 10 * y)
#> tensor([ 8.0000, 20.5000, 43.0000])
print(torch.sub(x, y), x - y)
#> tensor([-3.0000, -1.5000, -1.0000]) tensor([-3.0000, -1.5000, -1.0000])
print(torch.mul(x, y), x * y)
#> tensor([-2.,  1., 12.]) tensor([-2.,  1., 12.])
print(torch.div(x, y), x / y)
#> tensor([-2.0000,  0.2500,  0.7500]) tensor([-2.0000,  0.2500,  0.7500])
