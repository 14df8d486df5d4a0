import torch

x = torch.tensor([-100.0, 0.0, 100.0], requires_grad=True)
(1 / (1 + torch.exp(-x))).sum().backward()
print(x.grad)
#> tensor([       nan, 2.5000e-01, 3.7835e-44])

x.grad = None
torch.sigmoid(x).sum().backward()
print(x.grad)
#> tensor([0.0000, 0.2500, 0.0000])
