import torch

x = torch.tensor([1.0, 5.0, 9.0])
print(torch.clamp(x, min=6.0, max=3.0))
#> tensor([3., 3., 3.])
print(torch.minimum(torch.maximum(x, torch.tensor(6.0)), torch.tensor(3.0)))
#> tensor([3., 3., 3.])
try:
    torch.clamp(x)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError torch.clamp: At least one of 'min' or 'max' must not be None
