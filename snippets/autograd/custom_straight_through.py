import torch


class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.round()

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.tensor([0.2, 0.7, 1.4], requires_grad=True)

torch.round(x).sum().backward()
print(x.grad)
#> tensor([0., 0., 0.])

x.grad = None
y = RoundSTE.apply(x)
y.sum().backward()
print(y.detach())
#> tensor([0., 1., 1.])
print(x.grad)
#> tensor([1., 1., 1.])
