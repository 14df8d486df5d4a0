import torch

x = torch.tensor([2, 3, 4])
print(torch.float_power(x, 2), torch.float_power(x, 2).dtype)
#> tensor([ 4.,  9., 16.], dtype=torch.float64) torch.float64
print(torch.pow(x, 2), torch.pow(x, 2).dtype)
#> tensor([ 4,  9, 16]) torch.int64

f = torch.tensor([3.0], dtype=torch.float32)
print(torch.float_power(f, 0.5).item(), 3 ** 0.5)
#> 1.7320508075688772 1.7320508075688772
print(torch.float_power(torch.tensor([2]), -1))
#> tensor([0.5000], dtype=torch.float64)
