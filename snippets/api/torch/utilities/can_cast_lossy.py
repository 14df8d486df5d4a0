import torch

print(torch.can_cast(torch.int64, torch.int8))
#> True
print(torch.tensor([300, 5]).to(torch.int8))
#> tensor([44,  5], dtype=torch.int8)
print(torch.can_cast(torch.float64, torch.float32))
#> True
print(torch.tensor(1e40, dtype=torch.float64).to(torch.float32))
#> tensor(inf)
