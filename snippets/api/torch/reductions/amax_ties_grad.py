import torch

x = torch.tensor([2., 5., 5., 1.], requires_grad=True)

torch.amax(x).backward()
print(x.grad)
#> tensor([0.0000, 0.5000, 0.5000, 0.0000])

x.grad = None
torch.max(x, dim=0).values.backward()
print(x.grad)
#> tensor([0., 1., 0., 0.])

x.grad = None
torch.max(x).backward()
print(x.grad)
#> tensor([0.0000, 0.5000, 0.5000, 0.0000])
