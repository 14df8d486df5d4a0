import torch

v = torch.tensor([0.1, 0.2, 0.3])
cos_sim = (v @ v) / (v.norm() * v.norm())
print(cos_sim.item())
#> 1.0000001192092896
print(torch.acos(cos_sim))
#> tensor(nan)
print(torch.acos(cos_sim.clamp(-1.0, 1.0)))
#> tensor(0.)
