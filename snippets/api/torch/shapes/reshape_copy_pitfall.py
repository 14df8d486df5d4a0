import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
flat = torch.reshape(t, (-1,))
print(t.is_contiguous(), flat.data_ptr() == x.data_ptr())
#> False False
flat[0] = 100
print(flat, x[0, 0])
#> tensor([100,   3,   1,   4,   2,   5]) tensor(0)
