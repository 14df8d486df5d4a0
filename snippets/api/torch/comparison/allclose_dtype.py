import torch

x = torch.tensor([1.0, 2.0])
y = torch.tensor([1, 2])
print(torch.eq(x, y))
#> tensor([True, True])
for other in (y, x.double()):
    try:
        torch.allclose(x, other)
    except RuntimeError as e:
        print(type(e).__name__, e)
        #> RuntimeError Float did not match Long
        #> RuntimeError Float did not match Double
print(torch.allclose(x, y.to(x.dtype)))
#> True
