import torch

torch.manual_seed(0)
x = torch.zeros(4)
indices = torch.randint_like(x, 10)
print(indices, indices.dtype)
#> tensor([4., 9., 3., 0.]) torch.float32
print(torch.randint_like(x, 10, dtype=torch.int64).dtype)
#> torch.int64
