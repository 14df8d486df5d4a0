import torch

torch.manual_seed(42)
a = torch.rand(3)
b = torch.rand(3)
torch.manual_seed(42)
c = torch.rand(3)
d = torch.rand(3)
print(a)
#> tensor([0.8823, 0.9150, 0.3829])
print(torch.equal(a, c), torch.equal(b, d), torch.equal(a, b))
#> True True False
