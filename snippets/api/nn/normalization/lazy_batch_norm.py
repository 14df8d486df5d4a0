import torch
from torch import nn

torch.manual_seed(0)
layer = nn.LazyBatchNorm2d()
print("before:", type(layer.weight).__name__, type(layer.running_mean).__name__, "num_features =", layer.num_features)
#> before: UninitializedParameter UninitializedBuffer num_features = 0

layer(torch.randn(4, 6, 5, 5))
print("after:", type(layer).__name__, tuple(layer.weight.shape), tuple(layer.running_mean.shape))
#> after: BatchNorm2d (6,) (6,)
print(layer)
#> BatchNorm2d(6, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)

inputs = {nn.LazyBatchNorm1d: torch.randn(4, 3, 5), nn.LazyBatchNorm3d: torch.randn(4, 2, 2, 3, 3)}
for cls, x in inputs.items():
    lazy = cls()
    lazy(x)
    print(cls.__name__, tuple(x.shape), "->", type(lazy).__name__, lazy.num_features)
    #> LazyBatchNorm1d (4, 3, 5) -> BatchNorm1d 3
    #> LazyBatchNorm3d (4, 2, 2, 3, 3) -> BatchNorm3d 2
