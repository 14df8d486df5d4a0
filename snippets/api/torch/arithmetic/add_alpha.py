import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([10.0, 20.0, 30.0])
print(torch.add(x, y))
#> tensor([11., 22., 33.])
print(torch.add(x, y, alpha=0.5))
#> tensor([ 6., 12., 18.])
print(torch.add(x, y, alpha=0.5)[2].item(), 3.0 + 0.5 * 30.0)
#> 18.0 18.0
print(torch.add(torch.tensor([1, 2]), 0.5))
#> tensor([1.5000, 2.5000])
print(torch.add(torch.tensor([True, False]), torch.tensor([True, True])))
#> tensor([True, True])
