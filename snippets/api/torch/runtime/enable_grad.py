import torch

x = torch.ones(3, requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        inner = x * 2
        print(torch.is_grad_enabled())
        #> True
    outer = x * 2
print(inner.requires_grad, inner.grad_fn.name(), outer.requires_grad)
#> True MulBackward0 False


@torch.enable_grad()
def gradient_of_square(t):
    t = t.detach().requires_grad_()
    (t**2).sum().backward()
    return t.grad


with torch.no_grad():
    print(gradient_of_square(torch.tensor([1.0, 2.0, 3.0])))
    #> tensor([2., 4., 6.])
    print(torch.is_grad_enabled())
    #> False
print(torch.ones(3).requires_grad, (torch.ones(3) * 2).requires_grad)
#> False False
