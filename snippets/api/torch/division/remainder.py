import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
r = torch.remainder(a, b)
print(r, r.dtype)
#> tensor([ 1,  1, -1, -1]) torch.int64
print(r.tolist() == [x % y for x, y in zip(a.tolist(), b.tolist())])
#> True
print(torch.equal(b * torch.floor_divide(a, b) + r, a))
#> True
print(torch.remainder(-3, torch.tensor([2, -2])))
#> tensor([ 1, -1])

print(torch.remainder(torch.tensor([1.0, -1.0]), 0))
#> tensor([nan, nan])
try:
    torch.remainder(torch.tensor([1, -1]), 0)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError ZeroDivisionError
