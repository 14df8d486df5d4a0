import torch

x = torch.arange(24).reshape(2, 3, 4)
p = torch.permute(x, (2, 0, 1))
print(x.shape, "->", p.shape)
#> torch.Size([2, 3, 4]) -> torch.Size([4, 2, 3])
print(x.stride(), "->", p.stride())
#> (12, 4, 1) -> (1, 12, 4)
print(p.data_ptr() == x.data_ptr(), (p[3, 1, 2] == x[1, 2, 3]).item())
#> True True
print(p.is_contiguous())
#> False
