import torch

print(torch.full((2, 3), 7))
#> tensor([[7, 7, 7],
#>         [7, 7, 7]])
print(torch.full((2,), 7).dtype, torch.full((2,), 7.0).dtype, torch.full((2,), True).dtype, torch.full((2,), 1j).dtype)
#> torch.int64 torch.float32 torch.bool torch.complex64
print(torch.full((2,), 7, dtype=torch.float64))
#> tensor([7., 7.], dtype=torch.float64)

x = torch.zeros(2, 2, dtype=torch.float16)
f = torch.full_like(x, 3.5)
print(f, f.dtype)
#> tensor([[3.5000, 3.5000],
#>         [3.5000, 3.5000]], dtype=torch.float16) torch.float16
print(torch.full_like(torch.zeros(3, dtype=torch.int64), 2.9))
#> tensor([2, 2, 2])
