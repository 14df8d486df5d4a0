import torch

a = torch.tensor([7, -7])
b = torch.tensor([2, 2])

print(torch.div(a, b))
#> tensor([ 3.5000, -3.5000])
print(torch.div(a, b, rounding_mode="trunc"))
#> tensor([ 3, -3])
print(torch.div(a, b, rounding_mode="floor"))
#> tensor([ 3, -4])
print(a // b)
#> tensor([ 3, -4])
print(torch.div(a, b, rounding_mode="floor").dtype, torch.div(a, b).dtype)
#> torch.int64 torch.float32
