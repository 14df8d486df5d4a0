import torch

x = torch.zeros(4)
index = torch.tensor([1, 3])
source = torch.tensor([5.0, 7.0])
y = torch.index_add(x, 0, index, source)
print(x, y)
#> tensor([0., 0., 0., 0.]) tensor([0., 5., 0., 7.])
z = x.index_add_(0, index, source)
print(x, z is x)
#> tensor([0., 5., 0., 7.]) True
