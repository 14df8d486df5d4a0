import torch

torch.manual_seed(0)
mean = torch.tensor([-5.0, 10.0, 100.0])
std = torch.tensor([1.0, 0.5, 5.0])
one = torch.normal(mean, std)
print(one.round(decimals=2))
#> tensor([-3.4600,  9.8500, 89.1100])

many = torch.normal(mean.expand(50_000, 3), std.expand(50_000, 3))
print("per-column mean", [round(v, 2) for v in many.mean(dim=0).tolist()])
#> per-column mean [-5.0, 10.0, 100.0]
print("per-column std ", [round(v, 2) for v in many.std(dim=0).tolist()])
#> per-column std  [1.0, 0.5, 4.98]

samples = torch.normal(5.0, 2.0, size=(50_000,))
print(samples.shape, "mean", round(samples.mean().item(), 2), "std", round(samples.std().item(), 2))
#> torch.Size([50000]) mean 5.01 std 2.01
