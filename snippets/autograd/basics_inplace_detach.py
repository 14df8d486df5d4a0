import textwrap

import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)

y = x.exp()
d = y.detach()
d.zero_()
print("detach(): shares memory", d.data_ptr() == y.data_ptr(), "| y._version", y._version)
#> detach(): shares memory True | y._version 1
try:
    y.sum().backward()
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {str(error).split('. Hint')[0]}", 96))
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an
    #> inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected
    #> version 0 instead

y = x.exp()
y.data.zero_()
print(".data: y._version", y._version)
#> .data: y._version 0
y.sum().backward()
print(f"{'x.grad':15}", x.grad)
#> x.grad          tensor([0., 0., 0.])
print("exp(x) would be", x.detach().exp())
#> exp(x) would be tensor([1.0000, 2.7183, 7.3891])
