import torch

mask = torch.full((3,), 0)
mask[0] = 0.7
print(mask, mask.dtype)
#> tensor([0, 0, 0]) torch.int64
try:
    mask += 0.5
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:63])
    #> RuntimeError result type Float can't be cast to the desired output type Long
print(torch.full((3,), 0.0) + 0.5)
#> tensor([0.5000, 0.5000, 0.5000])
