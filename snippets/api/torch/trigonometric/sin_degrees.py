import torch

angle = torch.tensor([30.0])
print(torch.sin(angle))
#> tensor([-0.9880])
print(torch.sin(torch.deg2rad(angle)))
#> tensor([0.5000])
