import torch

x = torch.tensor([[3, 9, 1],
                  [8, 2, 7]])

print(torch.argmax(x), torch.amax(x))
#> tensor(1) tensor(9)
print(torch.argmax(x, dim=0), torch.amax(x, dim=0))
#> tensor([1, 0, 1]) tensor([8, 9, 7])
print(torch.argmax(x, dim=1), torch.amax(x, dim=1))
#> tensor([1, 0]) tensor([9, 8])
print(torch.argmin(x, dim=1), torch.amin(x, dim=1))
#> tensor([2, 1]) tensor([1, 2])
