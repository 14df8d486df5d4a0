import textwrap

import torch
import torch.nn as nn


def show(title, error):
    print(textwrap.fill(f"{title}: RuntimeError: {str(error).split('. Hint')[0]}", 96))


torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
linear = nn.Linear(3, 2)

grads = []
for inplace in (False, True):
    x.grad = None
    out = nn.ReLU(inplace=inplace)(linear(x))
    out.sum().backward()
    grads.append(x.grad.clone())
print("Linear -> ReLU(inplace=True): same x.grad as inplace=False:", torch.equal(*grads))
#> Linear -> ReLU(inplace=True): same x.grad as inplace=False: True

try:
    nn.ReLU(inplace=True)(torch.sigmoid(x)).sum().backward()
except RuntimeError as error:
    show("sigmoid -> ReLU(inplace=True)", error)
    #> sigmoid -> ReLU(inplace=True): RuntimeError: one of the variables needed for gradient
    #> computation has been modified by an inplace operation: [torch.FloatTensor [4, 3]], which is
    #> output 0 of Sigmoid, is at version 1; expected version 0 instead

try:
    nn.ReLU(inplace=True)(x)
except RuntimeError as error:
    show("ReLU(inplace=True) on leaf x", error)
    #> ReLU(inplace=True) on leaf x: RuntimeError: a leaf Variable that requires grad is being used in
    #> an in-place operation.
