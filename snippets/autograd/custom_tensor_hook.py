import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

(x ** 2).sum().backward()
print("no hook:     ", x.grad)
#> no hook:      tensor([2., 4., 6.])

handle = x.register_hook(lambda grad: grad * 2)
x.grad = None
(x ** 2).sum().backward()
print("doubling:    ", x.grad)
#> doubling:     tensor([ 4.,  8., 12.])

handle.remove()
x.grad = None
(x ** 2).sum().backward()
print("hook removed:", x.grad)
#> hook removed: tensor([2., 4., 6.])
