import torch

x = torch.tensor([1.0, 2.0, 3.0])
t1 = torch.tensor([2.0, 3.0, 4.0])
t2 = torch.tensor([5.0, 6.0, 7.0])
print(torch.addcmul(x, t1, t2))
#> tensor([11., 20., 31.])
print(torch.addcmul(x, t1, t2, value=0.5))
#> tensor([ 6., 11., 17.])
print(torch.addcmul(x, t1, t2, value=0.5)[1].item(), 2.0 + 0.5 * 3.0 * 6.0)
#> 11.0 11.0
print(torch.addcmul(x, t1.view(3, 1), t2).shape)
#> torch.Size([3, 3])
