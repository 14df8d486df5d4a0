import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError


class WrongExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.exp()

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x


torch.manual_seed(0)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
try:
    gradcheck(WrongExp.apply, (x,))
except GradcheckError as error:
    print(type(error).__name__)
    #> GradcheckError
    print(str(error).splitlines()[0])
    #> Jacobian mismatch for output 0 with respect to input 0,

print(gradcheck(WrongExp.apply, (x,), raise_exception=False))
#> False
