import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
criterion = nn.CrossEntropyLoss()
x = torch.randn(4, 3)
y = torch.tensor([0, 1, 1, 0])

loss = criterion(model(x), y)
print("before backward:", model.weight.grad)
#> before backward: None
loss.backward()
print("after backward:", model.weight.grad.shape)
#> after backward: torch.Size([2, 3])

value = loss.item()
print(type(value), round(value, 4))
#> <class 'float'> 1.0906
print(loss.requires_grad, loss.grad_fn.name())
#> True NllLossBackward0

running_tensor = 0.0
running_float = 0.0
for _ in range(3):
    loss = criterion(model(x), y)
    running_tensor += loss
    running_float += loss.item()
print(type(running_tensor).__name__, running_tensor.grad_fn is not None)
#> Tensor True
print(type(running_float).__name__, round(running_float, 4))
#> float 3.2719
