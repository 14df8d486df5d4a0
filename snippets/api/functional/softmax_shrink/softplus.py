import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, 0.0, 2.0])
print(F.softplus(x))
#> tensor([0.1269, 0.6931, 2.1269])
print(torch.log1p(torch.exp(x)))
#> tensor([0.1269, 0.6931, 2.1269])
for beta in (2.0, 10.0):
    y = F.softplus(x, beta=beta)
    print(f"beta={beta}:", y, torch.allclose(y, torch.log1p(torch.exp(beta * x)) / beta))
    #> beta=2.0: tensor([0.0091, 0.3466, 2.0091]) True
    #> beta=10.0: tensor([2.0612e-10, 6.9315e-02, 2.0000e+00]) True
print(F.relu(x))
#> tensor([0., 0., 2.])
print(torch.equal(F.softplus(x, beta=2.0), nn.Softplus(beta=2.0)(x)))
#> True
