import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0])
h = torch.histc(x, bins=3, min=0, max=3)
print(h, h.sum().item(), x.numel())
#> tensor([2., 2., 3.]) 7.0 9
print(torch.histc(x.clamp(0, 3), bins=3, min=0, max=3))
#> tensor([3., 2., 4.])
