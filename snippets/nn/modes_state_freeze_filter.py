import torch
import torch.nn as nn


def count(params):
    return sum(p.numel() for p in params)


model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print("trainable:", count(p for p in model.parameters() if p.requires_grad))
#> trainable: 26

model[0].requires_grad_(False)
print("trainable:", count(p for p in model.parameters() if p.requires_grad))
#> trainable: 10

optimizer = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
print([tuple(p.shape) for p in optimizer.param_groups[0]["params"]])
#> [(2, 4), (2,)]

model(torch.ones(1, 3)).sum().backward()
print(model[0].weight.grad, model[2].weight.grad.shape)
#> None torch.Size([2, 4])
