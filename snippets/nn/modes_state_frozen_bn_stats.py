import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.Conv2d(4, 2, 3))
model[:2].requires_grad_(False)
x = torch.randn(2, 3, 8, 8)

model.train()
before = model[1].running_mean.clone()
model(x)
print("train():", torch.equal(before, model[1].running_mean))
#> train(): False

model[:2].eval()
print([m.training for m in model])
#> [False, False, True, True]
before = model[1].running_mean.clone()
model(x)
print("frozen part in eval():", torch.equal(before, model[1].running_mean))
#> frozen part in eval(): True
