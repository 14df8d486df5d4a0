import torch

u = torch.tensor([250, 3], dtype=torch.uint8)
print(torch.result_type(u, 10))
#> torch.uint8
print(u + 10)
#> tensor([ 4, 13], dtype=torch.uint8)
print(u.to(torch.int64) + 10)
#> tensor([260,  13])
