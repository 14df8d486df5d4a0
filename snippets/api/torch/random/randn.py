import torch

g = torch.Generator().manual_seed(0)
print(torch.randn(2, 3, generator=g))
#> tensor([[ 1.5410, -0.2934, -2.1788],
#>         [ 0.5684, -1.0845, -1.3986]])

big = torch.randn(100_000, generator=g)
print(round(big.mean().item(), 3), round(big.std().item(), 3))
#> -0.003 0.998

w = torch.empty(3, 2, dtype=torch.float64)
noise = torch.randn_like(w, generator=g)
print(noise.shape, noise.dtype)
#> torch.Size([3, 2]) torch.float64
shifted = 3 + 0.5 * torch.randn(100_000, generator=g)
print(round(shifted.mean().item(), 2), round(shifted.std().item(), 2))
#> 3.0 0.5
