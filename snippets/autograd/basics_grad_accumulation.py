import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
inputs = torch.randn(8, 3)
targets = torch.randn(8, 1)
loss_fn = nn.MSELoss()

model.zero_grad()
loss_fn(model(inputs), targets).backward()
big_batch_grad = model.weight.grad.clone()

k = 4
model.zero_grad()
for x, y in zip(inputs.chunk(k), targets.chunk(k)):
    loss = loss_fn(model(x), y) / k
    loss.backward()
accumulated_grad = model.weight.grad.clone()

torch.set_printoptions(precision=4)
print(big_batch_grad)
#> tensor([[ 0.2589,  0.7913, -0.2553]])
print(accumulated_grad)
#> tensor([[ 0.2589,  0.7913, -0.2553]])
print(torch.allclose(big_batch_grad, accumulated_grad))
#> True

model.zero_grad()
for x, y in zip(inputs.chunk(k), targets.chunk(k)):
    loss_fn(model(x), y).backward()
print(model.weight.grad / big_batch_grad)
#> tensor([[4., 4., 4.]])
