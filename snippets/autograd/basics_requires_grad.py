import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor(2.0)
y = x * w
loss = y.sum()

print(x.requires_grad, w.requires_grad, y.requires_grad)
#> True False True
print(x.grad_fn, w.grad_fn)
#> None None
print(y.grad_fn.name(), loss.grad_fn.name())
#> MulBackward0 SumBackward0
print([(type(fn).__name__, i) for fn, i in loss.grad_fn.next_functions])
#> [('MulBackward0', 0)]
print([type(fn).__name__ if fn else None for fn, i in y.grad_fn.next_functions])
#> ['AccumulateGrad', None]
print(x.is_leaf, w.is_leaf, y.is_leaf, loss.is_leaf)
#> True True False False

loss.backward()
print(x.grad)
#> tensor([2., 2., 2.])
print(w.grad)
#> None
