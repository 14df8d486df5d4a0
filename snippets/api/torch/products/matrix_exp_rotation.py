import math

import torch

torch.set_printoptions(precision=4)
theta = 0.5
G = torch.tensor([[0., -theta], [theta, 0.]], dtype=torch.float64)
R = torch.matrix_exp(G)
print(R)
#> tensor([[ 0.8776, -0.4794],
#>         [ 0.4794,  0.8776]], dtype=torch.float64)
c, s = math.cos(theta), math.sin(theta)
print(round(c, 4), round(s, 4))
#> 0.8776 0.4794
expected = torch.tensor([[c, -s], [s, c]], dtype=torch.float64)
print(torch.allclose(R, expected))
#> True
print(torch.equal(R, torch.linalg.matrix_exp(G)))
#> True
print(torch.exp(G))
#> tensor([[1.0000, 0.6065],
#>         [1.6487, 1.0000]], dtype=torch.float64)

error32 = (torch.matrix_exp(G.float()).double() - expected).abs().max().item()
print(error32 < 1e-4, error32 < 1e-6)
#> True False
