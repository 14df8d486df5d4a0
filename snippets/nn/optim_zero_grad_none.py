import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([p], lr=0.1)

(p * p).sum().backward()
print(p.grad)
#> tensor([2., 4.])
optimizer.zero_grad()
print(p.grad)
#> None

(p * p).sum().backward()
optimizer.zero_grad(set_to_none=False)
print(p.grad)
#> tensor([0., 0.])
