import torch

x = torch.tensor([1.2345, -1.2345, 2.5])
print(torch.round(x))
#> tensor([ 1., -1.,  2.])
print(torch.round(x, decimals=2))
#> tensor([ 1.2300, -1.2300,  2.5000])
print(torch.round(torch.tensor([1234.5, 1250.0, 1350.0]), decimals=-2))
#> tensor([1200., 1200., 1400.])
print(torch.round(torch.tensor([2.675]), decimals=2), round(2.675, 2))
#> tensor([2.6800]) 2.67
print(torch.round(torch.tensor([3, 7])).dtype)
#> torch.int64
