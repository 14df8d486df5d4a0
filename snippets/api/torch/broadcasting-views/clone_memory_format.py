import torch

x = torch.arange(6.0).reshape(2, 3)
c = torch.clone(x)
print(c.data_ptr() == x.data_ptr(), torch.equal(c, x))
#> False True
c[0, 0] = 100
print(x[0, 0].item())
#> 0.0

t = x.T
print(t.stride(), torch.clone(t).stride(),
      torch.clone(t, memory_format=torch.contiguous_format).stride())
#> (1, 3) (1, 3) (2, 1)

n = torch.zeros(1, 2, 3, 4).to(memory_format=torch.channels_last)
print(torch.clone(n).is_contiguous(memory_format=torch.channels_last),
      torch.clone(n, memory_format=torch.contiguous_format).is_contiguous())
#> True True
