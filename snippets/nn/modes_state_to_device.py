import torch
import torch.nn as nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))
moved = model.to(device)
print(moved is model)
#> True
print(all(p.device.type == device for p in model.parameters()))
#> True
print(all(b.device.type == device for b in model.buffers()))
#> True

model.to(torch.float64)
print(model[0].weight.dtype, model[1].running_mean.dtype)
#> torch.float64 torch.float64

x = torch.zeros(2, 3)
x64 = x.to(torch.float64)
print(x.dtype, x64.dtype)
#> torch.float32 torch.float64
