import torch

v = torch.tensor([1.0, 2.0, 3.0])
print(torch.unsqueeze(v, 0).shape, torch.unsqueeze(v, 1).shape, torch.unsqueeze(v, -1).shape)
#> torch.Size([1, 3]) torch.Size([3, 1]) torch.Size([3, 1])
col = torch.unsqueeze(v, 1)
print(col.data_ptr() == v.data_ptr())
#> True
print(col + v)
#> tensor([[2., 3., 4.],
#>         [3., 4., 5.],
#>         [4., 5., 6.]])
