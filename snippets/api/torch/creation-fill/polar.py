import math

import torch

magnitude = torch.tensor([1.0, 2.0, 2.0])
angle = torch.tensor([0.0, math.pi / 2, math.pi / 4])
z = torch.polar(magnitude, angle)
print(z)
#> tensor([ 1.0000e+00+0.0000j, -8.7423e-08+2.0000j,  1.4142e+00+1.4142j])
print(torch.allclose(z.real, magnitude * torch.cos(angle)), torch.allclose(z.imag, magnitude * torch.sin(angle)))
#> True True
print(z.abs(), z.angle())
#> tensor([1., 2., 2.]) tensor([0.0000, 1.5708, 0.7854])
print(torch.polar(torch.tensor([1.0]), torch.tensor([math.pi])))
#> tensor([-1.-8.7423e-08j])
