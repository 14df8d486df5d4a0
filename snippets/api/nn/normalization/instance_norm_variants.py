import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.InstanceNorm2d(num_features=3)
print(layer)
#> InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, bias=False, track_running_stats=False)
print("parameters:", list(layer.named_parameters()), "buffers:", list(layer.named_buffers()))
#> parameters: [] buffers: []

inputs = {nn.InstanceNorm1d: torch.randn(2, 3, 5), nn.InstanceNorm2d: torch.randn(2, 3, 4, 4), nn.InstanceNorm3d: torch.randn(2, 3, 2, 4, 4)}
for cls, x in inputs.items():
    print(cls.__name__, tuple(x.shape), "->", tuple(cls(3)(x).shape))
    #> InstanceNorm1d (2, 3, 5) -> (2, 3, 5)
    #> InstanceNorm2d (2, 3, 4, 4) -> (2, 3, 4, 4)
    #> InstanceNorm3d (2, 3, 2, 4, 4) -> (2, 3, 2, 4, 4)
print("InstanceNorm1d without batch (3, 5):", tuple(nn.InstanceNorm1d(3)(torch.randn(3, 5)).shape))
#> InstanceNorm1d without batch (3, 5): (3, 5)

x = torch.tensor([[[2.0, 2.0, 8.0]], [[0.0, 3.0, 6.0]]])
y = nn.InstanceNorm1d(1)(x)
print("sample 0:", [round(v, 4) for v in y[0, 0].tolist()], "by hand:", round((2 - 4) / math.sqrt(8 + 1e-5), 4))
#> sample 0: [-0.7071, -0.7071, 1.4142] by hand: -0.7071
print("sample 1:", [round(v, 4) for v in y[1, 0].tolist()])
#> sample 1: [-1.2247, 0.0, 1.2247]

affine = nn.InstanceNorm2d(3, affine=True, track_running_stats=True)
print("affine=True:", [(name, tuple(p.shape)) for name, p in affine.named_parameters()])
#> affine=True: [('weight', (3,)), ('bias', (3,))]
print("track_running_stats=True:", [name for name, _ in affine.named_buffers()])
#> track_running_stats=True: ['running_mean', 'running_var', 'num_batches_tracked']
