import torch

torch.manual_seed(0)
u = torch.rand(100_000)
print(u.shape, u.dtype)
#> torch.Size([100000]) torch.float32
print("rand: all >= 0", bool((u >= 0).all()), "| all < 1", bool((u < 1).all()), "| mean", round(u.mean().item(), 3))
#> rand: all >= 0 True | all < 1 True | mean 0.5

z = torch.randn(100_000)
print("randn: mean", round(z.mean().item(), 3), "| std", round(z.std().item(), 3))
#> randn: mean -0.005 | std 0.999

print(torch.rand(2, 3).shape, torch.randn(2, 3, dtype=torch.float64).dtype)
#> torch.Size([2, 3]) torch.float64
