import torch

w = torch.ones(3, requires_grad=True)
print(w.requires_grad, torch.ones_like(w).requires_grad)
#> True False
print(torch.ones_like(w, requires_grad=True).requires_grad)
#> True
