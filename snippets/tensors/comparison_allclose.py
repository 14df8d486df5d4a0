import torch

x = torch.tensor([0.1], dtype=torch.float64) + 0.2
y = torch.tensor([0.3], dtype=torch.float64)

print(x == y)
#> tensor([False])
print(f"{x.item():.17f}")
#> 0.30000000000000004
print(f"{y.item():.17f}")
#> 0.29999999999999999
print(torch.allclose(x, y))
#> True
print(torch.tensor([0.1]) + 0.2 == torch.tensor([0.3]))
#> tensor([True])

a = torch.tensor([100.0, 0.0])
b = torch.tensor([100.01, 1e-9])
print(torch.allclose(a, b))
#> False
print(torch.allclose(a, b, rtol=1e-3))
#> True
print(torch.allclose(torch.tensor([0.0]), torch.tensor([1e-6]), rtol=1e-3, atol=0.0))
#> False
print(torch.allclose(torch.tensor([0.0]), torch.tensor([1e-6]), rtol=1.0, atol=0.0))
#> True
print(torch.allclose(torch.tensor([1e-6]), torch.tensor([0.0]), rtol=1e6, atol=0.0))
#> False
