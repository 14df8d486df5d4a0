import torch

x = torch.zeros(1, 3, 1, 2)
print(torch.squeeze(x).shape)
#> torch.Size([3, 2])
print(torch.squeeze(x, 0).shape, torch.squeeze(x, (0, 2)).shape)
#> torch.Size([3, 1, 2]) torch.Size([3, 2])
print(torch.squeeze(x, 1).shape)
#> torch.Size([1, 3, 1, 2])
s = torch.squeeze(x)
print(s.data_ptr() == x.data_ptr())
#> True
