import torch

a = torch.tensor([10.0])
b = torch.tensor([12.0])
print(torch.allclose(a, b, rtol=0.18, atol=0.0), abs(10.0 - 12.0) <= 0.0 + 0.18 * abs(12.0))
#> True True
print(torch.allclose(b, a, rtol=0.18, atol=0.0), abs(12.0 - 10.0) <= 0.0 + 0.18 * abs(10.0))
#> False False
print(torch.allclose(a, b, rtol=0.0, atol=2.0))
#> True
print(type(torch.allclose(a, b)).__name__)
#> bool

x = torch.tensor([1.0, float("nan")])
print(torch.allclose(x, x), torch.allclose(x, x, equal_nan=True))
#> False True
print(torch.allclose(torch.ones(2, 3), torch.tensor(1.0)))
#> True
