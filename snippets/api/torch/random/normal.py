import torch

g = torch.Generator().manual_seed(0)
mean = torch.tensor([-5.0, 1.0, 10.0])
std = torch.tensor([1.0, 0.1, 3.0])
print(torch.normal(mean, std, generator=g))
#> tensor([-3.4590,  0.9707,  3.4636])

print(torch.normal(mean, 2.0, generator=g).shape, torch.normal(0.0, std, generator=g).shape)
#> torch.Size([3]) torch.Size([3])

many = torch.normal(mean.expand(20_000, 3), std.expand(20_000, 3), generator=g)
print([round(v, 2) for v in many.mean(dim=0).tolist()], [round(v, 2) for v in many.std(dim=0).tolist()])
#> [-5.0, 1.0, 9.99] [1.0, 0.1, 3.02]

same = torch.normal(5.0, 2.0, size=(20_000,), generator=g, dtype=torch.float64)
print(same.dtype, round(same.mean().item(), 2), round(same.std().item(), 2))
#> torch.float64 5.01 2.01
