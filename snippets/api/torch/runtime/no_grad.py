import torch

x = torch.ones(3, requires_grad=True)
with torch.no_grad():
    y = x * 2
    made_inside = torch.zeros(3, requires_grad=True)
    print(torch.is_grad_enabled())
    #> False
print(y.requires_grad, y.grad_fn)
#> False None
print(made_inside.requires_grad, (made_inside * 2).requires_grad)
#> True True


@torch.no_grad()
def predict(t):
    return t * 3


print(predict(x).requires_grad, predict.__name__, torch.is_grad_enabled())
#> False predict True

w = torch.ones(3, requires_grad=True)
(w * x).sum().backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" is being")[0])
    #> RuntimeError a leaf Variable that requires grad
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.is_leaf)
#> tensor([0.9000, 0.9000, 0.9000], requires_grad=True) True
