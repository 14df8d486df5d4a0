import torch

x = torch.tensor([-128, -127, 5], dtype=torch.int8)
print(torch.abs(x))
#> tensor([-128,  127,    5], dtype=torch.int8)
big = torch.tensor([torch.iinfo(torch.int64).min])
print(torch.abs(big).item() < 0)
#> True
print(torch.abs(x.to(torch.int16)))
#> tensor([128, 127,   5], dtype=torch.int16)
