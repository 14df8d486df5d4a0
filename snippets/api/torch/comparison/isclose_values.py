import torch

a = torch.tensor([10.0, 10.0, 0.0, float("inf"), float("nan")])
b = torch.tensor([10.00005, 10.001, 1e-9, float("inf"), float("nan")])
print(torch.isclose(a, b))
#> tensor([ True, False,  True,  True, False])
print((a - b).abs() <= 1e-08 + 1e-05 * b.abs())
#> tensor([ True, False,  True, False, False])
print(torch.isclose(a, b, equal_nan=True))
#> tensor([ True, False,  True,  True,  True])
print(torch.isclose(a, b, rtol=1e-3))
#> tensor([ True,  True,  True,  True, False])
print(torch.isclose(torch.tensor([10, 10]), torch.tensor([11, 13]), rtol=0.0, atol=1))
#> tensor([ True, False])
