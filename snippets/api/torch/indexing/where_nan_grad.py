import torch

x = torch.tensor([0.0, 2.0, 4.0], requires_grad=True)
y = torch.where(x > 0, x.sqrt(), 0.0)
y.sum().backward()
print(y.detach(), x.grad)
#> tensor([0.0000, 1.4142, 2.0000]) tensor([   nan, 0.3536, 0.2500])

x.grad = None
safe = torch.where(x > 0, x, 1.0)
y = torch.where(x > 0, safe.sqrt(), 0.0)
y.sum().backward()
print(y.detach(), x.grad)
#> tensor([0.0000, 1.4142, 2.0000]) tensor([0.0000, 0.3536, 0.2500])
