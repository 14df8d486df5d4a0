import torch

t = torch.linspace(0, 1, 10)
print(t[1].item(), len(t))
#> 0.1111111119389534 10
print(torch.linspace(0, 1, 11)[:3])
#> tensor([0.0000, 0.1000, 0.2000])
