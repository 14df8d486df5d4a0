import torch

x = torch.zeros(4, 3)
index = torch.tensor([3, 0])
source = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y = torch.index_copy(x, 0, index, source)
print(y)
#> tensor([[4., 5., 6.],
#>         [0., 0., 0.],
#>         [0., 0., 0.],
#>         [1., 2., 3.]])

by_hand = x.clone()
by_hand[index] = source
print(torch.equal(y, by_hand), x.sum().item())
#> True 0.0
