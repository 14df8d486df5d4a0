import torch

h = torch.ones(3, dtype=torch.float32)
x = torch.tensor([1.0, 2.0, 3.0])
print((h + torch.float_power(x, 2)).dtype)
#> torch.float64
print((h + torch.pow(x, 2)).dtype)
#> torch.float32
print(torch.float_power(x, 2).element_size(), torch.pow(x, 2).element_size())
#> 8 4
