import torch

x = torch.tensor([[1, 0, 3],
                  [4, 5, 6]])

print(torch.all(x), torch.any(x == 0))
#> tensor(False) tensor(True)
print(torch.all(x > 0, dim=0))
#> tensor([ True, False,  True])
print(torch.all(x > 0, dim=1))
#> tensor([False,  True])
print(torch.any(x > 5, dim=1))
#> tensor([False,  True])

u = torch.tensor([0, 2, 255], dtype=torch.uint8)
print(torch.all(u), torch.any(u))
#> tensor(0, dtype=torch.uint8) tensor(1, dtype=torch.uint8)
print(torch.all(u.bool()))
#> tensor(False)
