import torch


class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, returned):
        ctx.returned = returned
        return x * 2

    @staticmethod
    def backward(ctx, grad_output):
        grad_x = grad_output * 2
        return {
            "grad_x, None": (grad_x, None),
            "grad_x, None, None, None": (grad_x, None, None, None),
            "grad_x": (grad_x,),
            "grad_x, None, grad_x": (grad_x, None, grad_x),
        }[ctx.returned]


for returned in ["grad_x, None", "grad_x, None, None, None", "grad_x", "grad_x, None, grad_x"]:
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    try:
        Double.apply(x, returned).sum().backward()
        print(f"return {returned}: x.grad = {x.grad}")
        #> return grad_x, None: x.grad = tensor([2., 2.])
        #> return grad_x, None, None, None: x.grad = tensor([2., 2.])
    except RuntimeError as error:
        print(f"return {returned}:\n  RuntimeError: {error}")
        #> return grad_x:
        #>   RuntimeError: function DoubleBackward returned an incorrect number of gradients (expected 2, got 1)
        #> return grad_x, None, grad_x:
        #>   RuntimeError: function DoubleBackward returned an incorrect number of gradients (expected 2, got 3)
