import torch

x = torch.arange(24).reshape(2, 3, 4)
print(torch.flatten(x).shape, torch.flatten(x, start_dim=1).shape,
      torch.flatten(x, 0, 1).shape, torch.flatten(x, -2, -1).shape)
#> torch.Size([24]) torch.Size([2, 12]) torch.Size([6, 4]) torch.Size([2, 12])

m = torch.arange(6).reshape(2, 3)
f = torch.flatten(m)
print(f.data_ptr() == m.data_ptr())
#> True
g = torch.flatten(m.T)
print(g, g.data_ptr() == m.data_ptr())
#> tensor([0, 3, 1, 4, 2, 5]) False

v = torch.arange(3)
print(torch.flatten(v) is v, torch.flatten(torch.tensor(7)).shape)
#> True torch.Size([1])
