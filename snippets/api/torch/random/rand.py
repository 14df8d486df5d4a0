import torch

g = torch.Generator().manual_seed(0)
print(torch.rand(2, 3, generator=g))
#> tensor([[0.4963, 0.7682, 0.0885],
#>         [0.1320, 0.3074, 0.6341]])
print(torch.rand((2, 3), generator=g).shape)
#> torch.Size([2, 3])

big = torch.rand(100_000, generator=g)
print(big.min().item() >= 0, big.max().item() < 1, round(big.mean().item(), 3))
#> True True 0.5

x = torch.zeros(2, 2, dtype=torch.float64)
like = torch.rand_like(x, generator=g)
print(like.shape, like.dtype)
#> torch.Size([2, 2]) torch.float64
