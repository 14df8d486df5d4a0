import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
q = torch.floor_divide(a, b)
print(q, q.dtype)
#> tensor([ 3, -4, -4,  3]) torch.int64
print(q.tolist() == [x // y for x, y in zip(a.tolist(), b.tolist())], torch.equal(a // b, q))
#> True True
print(torch.floor_divide(torch.tensor([7.5, -7.5]), 2))
#> tensor([ 3., -4.])

print(torch.floor_divide(torch.tensor([1.0, -1.0, 0.0]), 0))
#> tensor([inf, -inf, nan])
try:
    torch.floor_divide(torch.tensor([1, -1, 0]), 0)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError ZeroDivisionError
