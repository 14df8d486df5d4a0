import torch

print(torch.can_cast(torch.float64, torch.float32), torch.can_cast(torch.int64, torch.int8))
#> True True
print(torch.can_cast(torch.float32, torch.int64), torch.can_cast(torch.complex64, torch.float64))
#> False False
print(torch.can_cast(torch.bool, torch.int8), torch.can_cast(torch.int32, torch.bool))
#> True False

i = torch.tensor([1, 2])
try:
    i.add_(0.5)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError result type Float can't be cast to the desired output type Long
f = torch.tensor([1.0, 2.0])
f.add_(torch.tensor([1, 1]))
print(f)
#> tensor([2., 3.])
