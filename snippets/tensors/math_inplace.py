import torch

x = torch.tensor([1.0, 2.0, 3.0])

y = x.add(10)
print(x, y is x)
#> tensor([1., 2., 3.]) False

z = x.add_(10)
print(x, z is x)
#> tensor([11., 12., 13.]) True

x.mul_(2).sub_(1)
print(x)
#> tensor([21., 23., 25.])
