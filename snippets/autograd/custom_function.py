import torch


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


x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = Exp.apply(x)
print(y.grad_fn.name())
#> ExpBackward
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()

torch.set_printoptions(precision=4)
print(x.grad)
#> tensor([ 1.0000,  5.4366, 22.1672])

x_ref = x.detach().clone().requires_grad_()
(x_ref.exp() * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x_ref.grad)
#> tensor([ 1.0000,  5.4366, 22.1672])
print(torch.allclose(x.grad, x_ref.grad))
#> True
