import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
signal = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
print(F.avg_pool1d(signal, kernel_size=2))
#> tensor([[[1.5000, 3.5000]]])
print([(1 + 2) / 2, (3 + 4) / 2])
#> [1.5, 3.5]

image = torch.arange(16.0).reshape(1, 1, 4, 4)
out = F.avg_pool2d(image, kernel_size=2)
print(out[0, 0])
#> tensor([[ 2.5000,  4.5000],
#>         [10.5000, 12.5000]])
print(image[0, 0, :2, :2].mean().item())
#> 2.5

volume = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
print(F.avg_pool3d(volume, kernel_size=2).flatten(), volume.mean())
#> tensor([3.5000]) tensor(3.5000)

batch = torch.randn(2, 3, 6, 6)
print(torch.equal(F.avg_pool2d(batch, 3, stride=2, padding=1), nn.AvgPool2d(3, stride=2, padding=1)(batch)))
#> True
