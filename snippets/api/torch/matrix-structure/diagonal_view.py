import torch

m = torch.zeros(3, 3)
d = torch.diagonal(m)
print(d.untyped_storage().data_ptr() == m.untyped_storage().data_ptr())
#> True
d.fill_(7)
print(m)
#> tensor([[7., 0., 0.],
#>         [0., 7., 0.],
#>         [0., 0., 7.]])

copy = torch.diag(m)
copy.fill_(-1)
print(m.diagonal())
#> tensor([7., 7., 7.])
print(d.is_contiguous(), d.stride())
#> False (4,)
