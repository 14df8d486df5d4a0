import torch

a = torch.tensor([[1], [2]])
b = torch.tensor([10, 20, 30])
x, y = torch.broadcast_tensors(a, b)
print(x.shape, y.shape)
#> torch.Size([2, 3]) torch.Size([2, 3])
print(x)
#> tensor([[1, 1, 1],
#>         [2, 2, 2]])

z = torch.broadcast_to(b, (2, 3))
print(z)
#> tensor([[10, 20, 30],
#>         [10, 20, 30]])
print(z.stride(), z.data_ptr() == b.data_ptr())
#> (0, 1) True

b[0] = -1
print(z)
#> tensor([[-1, 20, 30],
#>         [-1, 20, 30]])
