import torch

try:
    torch.normal(0.0, 1.0)
except TypeError as e:
    print(type(e).__name__, str(e).split(" - ")[0])
    #> TypeError normal() received an invalid combination of arguments
print(torch.normal(0.0, 1.0, size=(2, 3)).shape)
#> torch.Size([2, 3])
