import torch

torch.manual_seed(0)
x = torch.arange(6)
mask = torch.bernoulli(torch.full((6,), 0.5))
print(mask)
#> tensor([1., 0., 1., 1., 1., 0.])
try:
    x[mask]
except IndexError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> IndexError tensors used as indices must be long, int, byte or bool tensors
print(x[mask.bool()])
#> tensor([0, 2, 3, 4])
