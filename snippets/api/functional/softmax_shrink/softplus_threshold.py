import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.25, 0.5, 0.75, 1.0])
beta, threshold = 2.0, 1.0
print(F.softplus(x, beta=beta, threshold=threshold))
#> tensor([0.4870, 0.6566, 0.7500, 1.0000])
print(torch.log1p(torch.exp(beta * x)) / beta)
#> tensor([0.4870, 0.6566, 0.8507, 1.0635])
print(beta * x > threshold)
#> tensor([False, False,  True,  True])
