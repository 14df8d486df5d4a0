import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-1.0, -0.5, 0.2, 0.6, 3.0])
hard = nn.Hardshrink(lambd=0.5)(x)
soft = nn.Softshrink(lambd=0.5)(x)
tanh = nn.Tanhshrink()(x)
print("Hardshrink:", hard)
#> Hardshrink: tensor([-1.0000,  0.0000,  0.0000,  0.6000,  3.0000])
print("Softshrink:", soft)
#> Softshrink: tensor([-0.5000, -0.0000,  0.0000,  0.1000,  2.5000])
print("Tanhshrink:", tanh)
#> Tanhshrink: tensor([-0.2384, -0.0379,  0.0026,  0.0630,  2.0049])
print(torch.equal(hard, torch.where(x.abs() > 0.5, x, 0.0)),
      torch.allclose(soft, x.sign() * (x.abs() - 0.5).clamp(min=0)),
      torch.allclose(tanh, x - torch.tanh(x)))
#> True True True
