import torch

x = torch.tensor([1, 2, 3])
try:
    torch.pow(x, -1)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:70])
    #> RuntimeError Integers to negative integer powers are not allowed.
print(torch.pow(x, torch.tensor([-1, -1, -1])))
#> tensor([1, 0, 0])
print(torch.pow(x, -1.0))
#> tensor([1.0000, 0.5000, 0.3333])
print(torch.float_power(x, -1))
#> tensor([1.0000, 0.5000, 0.3333], dtype=torch.float64)
