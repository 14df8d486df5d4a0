import torch
from torch.utils.data import DataLoader

data = torch.arange(6.0).reshape(3, 2)
one = next(iter(DataLoader(data, batch_size=1)))
none = next(iter(DataLoader(data, batch_size=None)))
print(one, one.shape)
#> tensor([[0., 1.]]) torch.Size([1, 2])
print(none, none.shape)
#> tensor([0., 1.]) torch.Size([2])
