import torch

f = torch.tensor([[0.5, 0.0, -2.0],
                  [1.0, 3.0, float("nan")]])
print(torch.all(f), torch.any(f))
#> tensor(False) tensor(True)
print(torch.all(f, dim=0), torch.any(f == 0, dim=1, keepdim=True).shape)
#> tensor([ True, False,  True]) torch.Size([2, 1])
print(torch.all(f, dim=(0, 1)).shape)
#> torch.Size([])

u = torch.tensor([0, 2, 255], dtype=torch.uint8)
print(torch.all(u), torch.any(u))
#> tensor(0, dtype=torch.uint8) tensor(1, dtype=torch.uint8)
print(torch.all(torch.tensor([1, 2], dtype=torch.int32)).dtype, torch.any(u).bool())
#> torch.bool tensor(True)
