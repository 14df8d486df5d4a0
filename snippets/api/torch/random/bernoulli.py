import torch

g = torch.Generator().manual_seed(0)
p = torch.tensor([0.0, 0.2, 0.5, 0.9, 1.0])
draw = torch.bernoulli(p, generator=g)
print(draw, draw.dtype)
#> tensor([0., 0., 1., 1., 1.]) torch.float32

many = torch.bernoulli(p.expand(10_000, 5), generator=g)
print(many.mean(dim=0))
#> tensor([0.0000, 0.1926, 0.5032, 0.9033, 1.0000])

out = torch.empty(5, dtype=torch.float64)
torch.bernoulli(p, generator=g, out=out)
print(out.dtype, set(out.tolist()) <= {0.0, 1.0})
#> torch.float64 True
