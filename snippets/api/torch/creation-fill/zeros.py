import torch

print(torch.zeros(2, 3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(torch.zeros((2, 3)).shape, torch.zeros(4, dtype=torch.int64))
#> torch.Size([2, 3]) tensor([0, 0, 0, 0])

labels = torch.tensor([[1, 2, 3], [4, 5, 6]])
z = torch.zeros_like(labels)
print(z.shape, z.dtype)
#> torch.Size([2, 3]) torch.int64
print(torch.zeros_like(labels, dtype=torch.float32))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])

x = torch.arange(6.0).reshape(2, 3).t()
print(x.stride(), torch.zeros_like(x).stride())
#> (1, 3) (1, 3)
print(torch.zeros_like(x, memory_format=torch.contiguous_format).stride())
#> (2, 1)
