import warnings

import torch
from torch.autograd import gradcheck


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result


torch.manual_seed(0)
x = torch.randn(5, dtype=torch.float64, requires_grad=True)
print(gradcheck(Exp.apply, (x,)))
#> True

x32 = x.detach().float().requires_grad_()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(gradcheck(Exp.apply, (x32,), raise_exception=False))
    #> False
print(caught[0].category.__name__, str(caught[0].message).split(".")[0])
#> UserWarning Input #0 requires gradient and is not a double precision floating point or complex
