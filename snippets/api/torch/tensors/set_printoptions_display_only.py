import torch

x = torch.tensor([0.1234, 0.1236])
torch.set_printoptions(precision=2)
print(x)
#> tensor([0.12, 0.12])
print(x[0].item() == x[1].item(), torch.equal(x, x.round(decimals=2)))
#> False False
print(f"{x[0].item():.4f} {x.sum().item():.4f}")
#> 0.1234 0.2470
torch.set_printoptions(profile="default")
print(x)
#> tensor([0.1234, 0.1236])
