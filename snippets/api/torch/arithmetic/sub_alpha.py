import torch

x = torch.tensor([10.0, 20.0, 30.0])
y = torch.tensor([1.0, 2.0, 3.0])
print(torch.sub(x, y, alpha=3))
#> tensor([ 7., 14., 21.])
print(torch.sub(x, y, alpha=3)[1].item(), 20.0 - 3 * 2.0)
#> 14.0 14.0
print(torch.equal(torch.subtract(x, y, alpha=3), torch.sub(x, y, alpha=3)))
#> True
print(torch.equal(torch.sub(x, y, alpha=-1), torch.add(x, y)))
#> True
print(torch.sub(torch.tensor([5, 7]), 2))
#> tensor([3, 5])
