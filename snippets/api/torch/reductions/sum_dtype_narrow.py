import torch

u = torch.tensor([200, 200], dtype=torch.uint8)
print(torch.sum(u), torch.sum(u).dtype)
#> tensor(400) torch.int64
print(torch.sum(u, dtype=torch.uint8), (200 + 200) % 256)
#> tensor(144, dtype=torch.uint8) 144
print(torch.sum(torch.tensor([0.6, 0.6]), dtype=torch.int32))
#> tensor(0, dtype=torch.int32)
