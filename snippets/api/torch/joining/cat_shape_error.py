import torch

a = torch.zeros(2, 3)
b = torch.zeros(4, 3)
print(torch.cat([a, b], dim=0).shape)
#> torch.Size([6, 3])
try:
    torch.cat([a, b], dim=1)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError Sizes of tensors must match except in dimension 1. Expected size 2 but got size
