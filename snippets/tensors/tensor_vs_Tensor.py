import torch

a = torch.tensor([1, 2, 3])
b = torch.Tensor([1, 2, 3])
print(a, a.dtype)
#> tensor([1, 2, 3]) torch.int64
print(b, b.dtype)
#> tensor([1., 2., 3.]) torch.float32

print(torch.tensor(3).shape, torch.tensor(3))
#> torch.Size([]) tensor(3)
print(torch.Tensor(3).shape)
#> torch.Size([3])

torch.set_default_dtype(torch.float64)
try:
    print(torch.Tensor([1, 2, 3]).dtype, torch.tensor([1.0]).dtype, torch.tensor([1]).dtype)
    #> torch.float64 torch.float64 torch.int64
finally:
    torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.Tensor([1]).dtype)
#> torch.float32 torch.float32
