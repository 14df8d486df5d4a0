import warnings

import torch
import torch.nn as nn

for layer in [nn.InstanceNorm2d(3), nn.InstanceNorm2d(3, affine=True), nn.BatchNorm2d(3)]:
    params = [name for name, _ in layer.named_parameters()]
    buffers = [name for name, _ in layer.named_buffers()]
    print(f"{layer!r}\n  parameters {params}  buffers {buffers}")
    #> InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, bias=False, track_running_stats=False)
    #>   parameters []  buffers []
    #> InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=False)
    #>   parameters ['weight', 'bias']  buffers []
    #> BatchNorm2d(3, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
    #>   parameters ['weight', 'bias']  buffers ['running_mean', 'running_var', 'num_batches_tracked']

channels_last = torch.randn(2, 8, 8, 3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.InstanceNorm2d(3)(channels_last)
print(caught[0].message)
#> input's size at dim=1 does not match num_features. You can silence this warning by not passing in num_features, which is not used because affine=False
