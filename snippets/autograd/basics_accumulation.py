import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

(3 * x).sum().backward()
print(x.grad)
#> tensor([3., 3.])
(3 * x).sum().backward()
print(x.grad)
#> tensor([6., 6.])
(x ** 2).sum().backward()
print(x.grad)
#> tensor([ 8., 10.])

x.grad.zero_()
print(x.grad)
#> tensor([0., 0.])
x.grad = None
print(x.grad)
#> None
