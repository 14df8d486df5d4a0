import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[[1.0, 5.0, 2.0, 0.0], [3.0, 4.0, 8.0, 7.0], [6.0, 0.0, 1.0, 2.0], [9.0, 3.0, 4.0, 5.0]]]])
values, indices = F.max_pool2d(x, 2, return_indices=True)
restored = F.max_unpool2d(values, indices, 2)
print(restored[0, 0])
#> tensor([[0., 5., 0., 0.],
#>         [0., 0., 8., 0.],
#>         [0., 0., 0., 0.],
#>         [9., 0., 0., 5.]])
print(torch.equal(restored, torch.where(restored != 0, x, 0.0)), int((restored != 0).sum()))
#> True 4
print(torch.equal(restored, nn.MaxUnpool2d(2)(values, indices)))
#> True

signal = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0]]])
v1, i1 = F.max_pool1d(signal, 2, return_indices=True)
print(F.max_unpool1d(v1, i1, 2))
#> tensor([[[3., 0., 4., 0., 0., 9.]]])
print(F.max_unpool1d(v1, i1, 2).shape[-1], (v1.shape[-1] - 1) * 2 - 2 * 0 + 2)
#> 6 6

volume = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
v3, i3 = F.max_pool3d(volume, 2, return_indices=True)
print(F.max_unpool3d(v3, i3, 2).flatten())
#> tensor([0., 0., 0., 0., 0., 0., 0., 7.])
