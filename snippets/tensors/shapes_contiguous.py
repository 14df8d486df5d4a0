import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
print(x.stride(), x.is_contiguous())
#> (3, 1) True
print(t.stride(), t.is_contiguous())
#> (1, 3) False

c = t.contiguous()
print(c.stride(), c.is_contiguous(), c.data_ptr() == t.data_ptr())
#> (2, 1) True False
print(x.contiguous() is x)
#> True
