import torch

x = torch.tensor([0, 0, 3])
try:
    torch.is_nonzero(x)
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous
print(x.any(), bool(x.any()), torch.count_nonzero(x))
#> tensor(True) True tensor(1)
print(torch.is_nonzero(x.any()), torch.is_nonzero(x.all()))
#> True False
