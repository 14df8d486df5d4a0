import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
L, size = 5, 3
print([(math.floor(i * L / size), math.ceil((i + 1) * L / size)) for i in range(size)])
#> [(0, 2), (1, 4), (3, 5)]

rising = torch.arange(float(L)).reshape(1, 1, L)
print(F.adaptive_max_pool1d(rising, size, return_indices=True))
#> (tensor([[[1., 3., 4.]]]), tensor([[[1, 3, 4]]]))
print(F.adaptive_max_pool1d_with_indices(rising.flip(-1), size)[1])
#> tensor([[[0, 1, 3]]])

image = torch.arange(35.0).reshape(1, 1, 5, 7)
values, indices = F.adaptive_max_pool2d(image, (2, 3), return_indices=True)
print(values[0, 0])
#> tensor([[16., 18., 20.],
#>         [30., 32., 34.]])
print(torch.equal(values.flatten(2), image.flatten(2).gather(2, indices.flatten(2))))
#> True
print(F.adaptive_max_pool2d_with_indices(image, (2, None))[0].shape)
#> torch.Size([1, 1, 2, 7])

volume = torch.arange(24.0).reshape(1, 1, 2, 3, 4)
print(F.adaptive_max_pool3d(volume, (1, 1, 2)).flatten(), F.adaptive_max_pool3d_with_indices(volume, (1, 1, 2))[1].flatten())
#> tensor([21., 23.]) tensor([21, 23])
