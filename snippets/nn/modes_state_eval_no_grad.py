import torch
import torch.nn as nn

model = nn.Linear(3, 1)
x = torch.ones(2, 3)

model.eval()
out = model(x)
print(out.requires_grad, type(out.grad_fn).__name__)
#> True AddmmBackward0
out.sum().backward()
print(model.weight.grad)
#> tensor([[2., 2., 2.]])

with torch.no_grad():
    out = model(x)
print(out.requires_grad, out.grad_fn)
#> False None
