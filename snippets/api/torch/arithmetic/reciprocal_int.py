import torch

x = torch.tensor([1, 2, 4, 0])
print(torch.reciprocal(x))
#> tensor([1.0000, 0.5000, 0.2500,    inf])
print(torch.reciprocal(x).dtype)
#> torch.float32
print(torch.reciprocal(x)[2].item(), 1 / 4)
#> 0.25 0.25
print(torch.reciprocal(torch.tensor([0.0, -0.0])))
#> tensor([inf, -inf])
print(torch.reciprocal(torch.tensor([3.0], dtype=torch.float64)).dtype)
#> torch.float64
