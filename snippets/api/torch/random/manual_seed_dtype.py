import torch

torch.manual_seed(0)
single = torch.rand(3)
torch.manual_seed(0)
double = torch.rand(3, dtype=torch.float64)
print(single)
#> tensor([0.4963, 0.7682, 0.0885])
print(double)
#> tensor([0.9701, 0.7078, 0.4594], dtype=torch.float64)
print(torch.equal(single.double(), double))
#> False
