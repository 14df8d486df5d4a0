import torch

e = torch.empty(2, 3)
print(e.shape, e.dtype, e.stride())
#> torch.Size([2, 3]) torch.float32 (3, 1)
print(e.fill_(0.5))
#> tensor([[0.5000, 0.5000, 0.5000],
#>         [0.5000, 0.5000, 0.5000]])

x = torch.arange(6.0).reshape(2, 3).t()
like = torch.empty_like(x)
print(like.shape, like.dtype, like.stride(), x.stride())
#> torch.Size([3, 2]) torch.float32 (1, 3) (1, 3)

s = torch.empty_strided((2, 3), (1, 2))
print(s.shape, s.stride(), s.is_contiguous())
#> torch.Size([2, 3]) (1, 2) False
s.copy_(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
print(s.as_strided((6,), (1,)))
#> tensor([1., 4., 2., 5., 3., 6.])
print(torch.empty(2, 3, dtype=torch.int32, memory_format=torch.contiguous_format).stride())
#> (3, 1)
