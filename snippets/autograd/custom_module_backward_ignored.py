import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 1)
        self.backward_calls = 0

    def forward(self, x):
        return self.linear(x)

    def backward(self, grad_output):
        self.backward_calls += 1
        return torch.zeros_like(grad_output)


net = Net()
net(torch.tensor([[3.0, 4.0]])).sum().backward()
print("backward_calls:", net.backward_calls)
#> backward_calls: 0
print(net.linear.weight.grad)
#> tensor([[3., 4.]])
