import textwrap

import torch


def show(error):
    print(textwrap.fill(f"{type(error).__name__}: {str(error).split('. Hint')[0]}", 96))


w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.add_(1.0)
except RuntimeError as error:
    show(error)
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():
    w.add_(1.0)
print("under no_grad:", w, w.is_leaf)
#> under no_grad: tensor([2., 3.], requires_grad=True) True

y = w.exp()
print("version before:", y._version)
#> version before: 0
y.add_(1.0)
print("version after: ", y._version)
#> version after:  1
try:
    y.sum().backward()
except RuntimeError as error:
    show(error)
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an
    #> inplace operation: [torch.FloatTensor [2]], which is output 0 of Exp, is at version 1; expected
    #> version 0 instead

z = w * 2
z.add_(1.0)
z.sum().backward()
print("w * 2, then add_, backward:", w.grad)
#> w * 2, then add_, backward: tensor([2., 2.])
