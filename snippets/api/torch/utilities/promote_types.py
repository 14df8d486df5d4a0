import torch

print(torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.bool, torch.int8))
#> torch.int16 torch.int8
print(torch.promote_types(torch.int64, torch.float16), torch.promote_types(torch.bfloat16, torch.float16))
#> torch.float16 torch.float32
print(torch.promote_types(torch.float64, torch.complex64))
#> torch.complex128
a = torch.tensor([1, 2], dtype=torch.uint8)
b = torch.tensor([1, 2], dtype=torch.int8)
print((a + b).dtype)
#> torch.int16
