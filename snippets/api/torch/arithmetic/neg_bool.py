import torch

mask = torch.tensor([True, False, True])
try:
    torch.neg(mask)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:62])
    #> NotImplementedError Negation, the `-` operator, on a bool tensor is not supported.
print(~mask)
#> tensor([False,  True, False])
print(torch.logical_not(mask))
#> tensor([False,  True, False])
