import torch

x = torch.tensor([-1.0, 2.0, 3.0])
y = torch.positive(x)
print(y)
#> tensor([-1.,  2.,  3.])
print(y is x)
#> True
y[0] = 100.0
print(x)
#> tensor([100.,   2.,   3.])
try:
    torch.positive(torch.tensor([True, False]))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:52])
    #> NotImplementedError The `+` operator, on a bool tensor is not supported.
