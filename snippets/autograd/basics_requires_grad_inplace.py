import torch

w = torch.randn(2, 2)
print(w.requires_grad)
#> False
w.requires_grad_()
print(w.requires_grad, w.is_leaf)
#> True True

frozen = torch.ones(2, requires_grad=True)
frozen.requires_grad_(False)
print(frozen.requires_grad)
#> False

try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: only Tensors of floating point dtype can require gradients
