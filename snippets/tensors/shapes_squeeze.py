import torch

x = torch.zeros(1, 3, 1, 2)
print(x.squeeze().shape)
#> torch.Size([3, 2])
print(x.squeeze(2).shape)
#> torch.Size([1, 3, 2])
print(x.squeeze(1).shape)
#> torch.Size([1, 3, 1, 2])
print(x.squeeze((0, 2)).shape)
#> torch.Size([3, 2])

v = torch.tensor([1, 2, 3])
print(v.unsqueeze(0).shape, v.unsqueeze(1).shape, v.unsqueeze(-1).shape)
#> torch.Size([1, 3]) torch.Size([3, 1]) torch.Size([3, 1])
