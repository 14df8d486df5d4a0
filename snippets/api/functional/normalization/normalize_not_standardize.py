import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0]])
unit = F.normalize(x)
print(unit, round(unit.mean().item(), 4), round(unit.norm().item(), 4))
#> tensor([[0.2673, 0.5345, 0.8018]]) 0.5345 1.0
standardized = (x - x.mean()) / x.std(correction=0)
print(standardized, torch.allclose(standardized, F.layer_norm(x, (3,)), atol=1e-5))
#> tensor([[-1.2247,  0.0000,  1.2247]]) True

v = torch.tensor([3.0, 4.0])
try:
    F.normalize(v)
except IndexError as error:
    print("IndexError:", error)
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(F.normalize(v, dim=0))
#> tensor([0.6000, 0.8000])
