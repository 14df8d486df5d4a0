import torch
from torch import nn

torch.manual_seed(0)
lazy = nn.LazyInstanceNorm2d()
print("lazy defaults:", "affine =", lazy.affine, "track_running_stats =", lazy.track_running_stats)
#> lazy defaults: affine = True track_running_stats = True
print("InstanceNorm2d defaults:", "affine =", nn.InstanceNorm2d(4).affine, "track_running_stats =", nn.InstanceNorm2d(4).track_running_stats)
#> InstanceNorm2d defaults: affine = False track_running_stats = False

x = torch.randn(2, 4, 5, 5) * 3 + 7
y = lazy(x)
print("after:", type(lazy).__name__, [(name, tuple(t.shape)) for name, t in lazy.named_parameters()])
#> after: InstanceNorm2d [('weight', (4,)), ('bias', (4,))]
print("buffers:", [name for name, _ in lazy.named_buffers()])
#> buffers: ['running_mean', 'running_var', 'num_batches_tracked']
print("eval == train:", torch.equal(lazy.eval()(x), y))
#> eval == train: False
print("equals InstanceNorm2d(4):", torch.allclose(y, nn.InstanceNorm2d(4)(x), atol=1e-6))
#> equals InstanceNorm2d(4): True

inputs = {nn.LazyInstanceNorm1d: torch.randn(2, 3, 5), nn.LazyInstanceNorm3d: torch.randn(2, 2, 2, 3, 3)}
for cls, x in inputs.items():
    layer = cls()
    layer(x)
    print(cls.__name__, tuple(x.shape), "->", type(layer).__name__, layer.num_features)
    #> LazyInstanceNorm1d (2, 3, 5) -> InstanceNorm1d 3
    #> LazyInstanceNorm3d (2, 2, 2, 3, 3) -> InstanceNorm3d 2
