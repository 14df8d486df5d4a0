import torch

x = torch.tensor([[1.0, 5.0, 5.0],
                  [4.0, 2.0, 0.0]])

result = torch.max(x, dim=1)
print(type(result))
#> <class 'torch.return_types.max'>
values, indices = result
print(values, indices)
#> tensor([5., 4.]) tensor([1, 0])

print(torch.amax(x, dim=1))
#> tensor([5., 4.])
print(torch.amax(x, dim=(0, 1)))
#> tensor(5.)
try:
    torch.max(x, dim=(0, 1))
except TypeError as error:
    print(type(error).__name__)
    #> TypeError

a = x.clone().requires_grad_()
a.max(dim=1).values.sum().backward()
b = x.clone().requires_grad_()
b.amax(dim=1).sum().backward()
print(a.grad[0], b.grad[0])
#> tensor([0., 1., 0.]) tensor([0.0000, 0.5000, 0.5000])
