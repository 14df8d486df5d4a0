import torch

print(torch.div(torch.tensor([1.0, -1.0, 0.0]), 0))
#> tensor([inf, -inf, nan])
q = torch.div(torch.tensor([1, -1, 0]), 0)
print(q, q.dtype)
#> tensor([inf, -inf, nan]) torch.float32
try:
    torch.div(torch.tensor([1, -1, 0]), 0, rounding_mode="trunc")
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError ZeroDivisionError
