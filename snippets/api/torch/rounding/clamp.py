import torch

x = torch.tensor([-2.0, 0.5, 3.0, 7.0])
print(torch.clamp(x, min=0.0, max=5.0))
#> tensor([0.0000, 0.5000, 3.0000, 5.0000])
print(torch.equal(torch.clip(x, 0.0, 5.0), torch.clamp(x, 0.0, 5.0)))
#> True
print(torch.clamp(x, min=0.0, max=5.0)[3].item(), min(max(7.0, 0.0), 5.0))
#> 5.0 5.0
print(torch.clamp(x, min=0.0))
#> tensor([0.0000, 0.5000, 3.0000, 7.0000])

low = torch.tensor([0.0, 1.0, 4.0, 0.0])
high = torch.tensor([1.0, 2.0, 5.0, 6.0])
print(torch.clamp(x, min=low, max=high))
#> tensor([0., 1., 4., 6.])

print(torch.clamp(torch.tensor([float("nan"), 9.0]), 0.0, 1.0))
#> tensor([nan, 1.])
print(torch.clamp(torch.tensor([1, 5, 9]), min=2.5))
#> tensor([2.5000, 5.0000, 9.0000])
