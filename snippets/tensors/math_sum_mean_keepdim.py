import torch

x = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)

print(x.sum().shape, x.sum().item())
#> torch.Size([]) 276.0
print(x.sum(dim=1).shape)
#> torch.Size([2, 4])
print(x.sum(dim=1, keepdim=True).shape)
#> torch.Size([2, 1, 4])
print(x.mean(dim=(1, 2)).shape, x.mean(dim=(1, 2)))
#> torch.Size([2]) tensor([ 5.5000, 17.5000])

print((x - x.mean(dim=2, keepdim=True)).shape)
#> torch.Size([2, 3, 4])
try:
    x - x.mean(dim=2)
except RuntimeError as error:
    print(error)
    #> The size of tensor a (4) must match the size of tensor b (3) at non-singleton dimension 2
