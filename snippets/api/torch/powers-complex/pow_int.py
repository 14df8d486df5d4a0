import torch

x = torch.tensor([1, 2, 3])
print(torch.pow(x, 2), torch.pow(x, 2).dtype)
#> tensor([1, 4, 9]) torch.int64
print(torch.pow(2, x))
#> tensor([2, 4, 8])
print(torch.pow(x, 0.5), torch.pow(x, 0.5).dtype)
#> tensor([1.0000, 1.4142, 1.7321]) torch.float32
print(torch.pow(x.float(), x)[2].item(), 3.0**3)
#> 27.0 27.0
print(torch.pow(torch.tensor([2], dtype=torch.int8), 8))
#> tensor([0], dtype=torch.int8)
