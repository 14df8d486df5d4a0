import torch
from torch import nn

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print("torch:         ", x.shape, x.dtype)
#> torch:          torch.Size([2, 2]) torch.float32

w = torch.tensor(3.0, requires_grad=True)
(w * w).backward()
print("torch.autograd:", w.grad)
#> torch.autograd: tensor(6.)

model = nn.Linear(2, 1)
print("torch.nn:      ", model)
#> torch.nn:       Linear(in_features=2, out_features=1, bias=True)

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss = model(x).pow(2).mean()
before = model.bias.item()
loss.backward()
optimizer.step()
print("torch.optim:    bias", round(before, 4), "->", round(model.bias.item(), 4))
#> torch.optim:    bias -0.582 -> -0.6911

print("torch.linalg:  ", round(torch.linalg.det(x).item(), 4), torch.linalg.inv(x).round(decimals=2).tolist())
#> torch.linalg:   -2.0 [[-2.0, 1.0], [1.5, -0.5]]
