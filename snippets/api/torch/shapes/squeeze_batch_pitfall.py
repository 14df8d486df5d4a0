import torch

batch = torch.zeros(4, 1, 5)
single = torch.zeros(1, 1, 5)
print(torch.squeeze(batch).shape, torch.squeeze(single).shape)
#> torch.Size([4, 5]) torch.Size([5])
print(torch.squeeze(batch, 1).shape, torch.squeeze(single, 1).shape)
#> torch.Size([4, 5]) torch.Size([1, 5])
