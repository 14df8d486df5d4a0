import torch

print(torch.ones(2, 3))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])
print(torch.ones(3, dtype=torch.bool))
#> tensor([True, True, True])

images = torch.rand(1, 3, 2, 2).to(memory_format=torch.channels_last)
o = torch.ones_like(images)
print(o.shape, o.dtype)
#> torch.Size([1, 3, 2, 2]) torch.float32
print(images.stride(), o.stride())
#> (12, 1, 6, 3) (12, 1, 6, 3)
print(o.is_contiguous(memory_format=torch.channels_last))
#> True
print(torch.ones_like(images, dtype=torch.float64, memory_format=torch.contiguous_format).stride())
#> (12, 4, 2, 1)
