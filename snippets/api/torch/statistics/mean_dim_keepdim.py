import torch

x = torch.tensor([[1., 2., 3.], [4., 5., 9.]])
print(torch.mean(x), (1 + 2 + 3 + 4 + 5 + 9) / 6)
#> tensor(4.) 4.0
print(torch.mean(x, dim=1), torch.mean(x, dim=1).shape)
#> tensor([2., 6.]) torch.Size([2])
print(torch.mean(x, dim=1, keepdim=True).shape, torch.mean(x, dim=(0, 1)))
#> torch.Size([2, 1]) tensor(4.)
print(x - torch.mean(x, dim=1, keepdim=True))
#> tensor([[-1.,  0.,  1.],
#>         [-2., -1.,  3.]])
