import torch

x = torch.tensor([1, 2])
t1 = torch.tensor([3, 4])
t2 = torch.tensor([5, 6])
print(torch.addcmul(x, t1, t2, value=0.5))
#> tensor([1, 2])
print(torch.addcmul(x, t1, t2, value=1.9))
#> tensor([16, 26])
print(torch.addcmul(x.float(), t1, t2, value=0.5))
#> tensor([ 8.5000, 14.0000])
