import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.shape, x.stride())
#> torch.Size([2, 3, 4]) (12, 4, 1)

swapped = x.swapdims(0, 2)
print(swapped.shape, swapped.stride())
#> torch.Size([4, 3, 2]) (1, 4, 12)

permuted = x.permute(2, 0, 1)
print(permuted.shape, permuted.stride())
#> torch.Size([4, 2, 3]) (1, 12, 4)
print(torch.equal(x.transpose(0, 2), swapped))
#> True
print(permuted[1, 0, 2].item() == x[0, 2, 1].item())
#> True
