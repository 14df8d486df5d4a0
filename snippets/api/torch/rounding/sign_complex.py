import torch

z = torch.tensor([3 + 4j, -2j])
try:
    torch.sign(z)
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError Unlike NumPy, torch.sign is not intended to support complex numbers. Please use
print(torch.sgn(z))
#> tensor([0.6000+0.8000j, -0.0000-1.0000j])
