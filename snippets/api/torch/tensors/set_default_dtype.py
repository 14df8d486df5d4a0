import torch

print(torch.get_default_dtype(), torch.tensor(1.5).dtype, torch.tensor(1j).dtype)
#> torch.float32 torch.float32 torch.complex64
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype())
#> torch.float64
print(torch.tensor(1.5).dtype, torch.zeros(2).dtype, torch.arange(0.5, 3).dtype, torch.tensor(1j).dtype)
#> torch.float64 torch.float64 torch.float64 torch.complex128
print(torch.tensor([1, 2]).dtype, torch.arange(3).dtype, (torch.arange(3) / 2).dtype)
#> torch.int64 torch.int64 torch.float64
print(torch.nn.Linear(2, 2).weight.dtype)
#> torch.float64
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> TypeError: only floating-point types are supported as the default type
torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.tensor(1.5).dtype)
#> torch.float32 torch.float32
