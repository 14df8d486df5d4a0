import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2

try:
    y.backward()
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: grad can be implicitly created only for scalar outputs

y.backward(gradient=torch.ones_like(y))
print(x.grad)
#> tensor([2., 4., 6.])

x.grad = None
(x ** 2).sum().backward()
print(x.grad)
#> tensor([2., 4., 6.])
