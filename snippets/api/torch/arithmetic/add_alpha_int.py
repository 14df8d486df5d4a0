import torch

a = torch.tensor([1, 2])
b = torch.tensor([10, 20])
print(torch.add(a, b, alpha=2))
#> tensor([21, 42])
try:
    torch.add(a, b, alpha=0.5)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError For integral input tensors, argument alpha must not be a floating point number.
print(torch.add(a.float(), b, alpha=0.5))
#> tensor([ 6., 12.])
