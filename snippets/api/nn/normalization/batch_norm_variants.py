import torch
from torch import nn

torch.manual_seed(0)
layer = nn.BatchNorm2d(num_features=3)
for name, p in layer.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
    #> weight (3,) True
    #> bias (3,) True
for name, b in layer.named_buffers():
    print(name, tuple(b.shape), b.dtype)
    #> running_mean (3,) torch.float32
    #> running_var (3,) torch.float32
    #> num_batches_tracked () torch.int64

inputs = {nn.BatchNorm1d: torch.randn(4, 3, 5), nn.BatchNorm2d: torch.randn(4, 3, 5, 5), nn.BatchNorm3d: torch.randn(4, 3, 2, 5, 5)}
for cls, x in inputs.items():
    print(cls.__name__, tuple(x.shape), "->", tuple(cls(3)(x).shape))
    #> BatchNorm1d (4, 3, 5) -> (4, 3, 5)
    #> BatchNorm2d (4, 3, 5, 5) -> (4, 3, 5, 5)
    #> BatchNorm3d (4, 3, 2, 5, 5) -> (4, 3, 2, 5, 5)
print("BatchNorm1d (4, 3):", tuple(nn.BatchNorm1d(3)(torch.randn(4, 3)).shape))
#> BatchNorm1d (4, 3): (4, 3)

print("affine=False:", nn.BatchNorm1d(3, affine=False).weight, [n for n, _ in nn.BatchNorm1d(3, affine=False).named_buffers()])
#> affine=False: None ['running_mean', 'running_var', 'num_batches_tracked']
print("bias=False:", [n for n, _ in nn.BatchNorm1d(3, bias=False).named_parameters()])
#> bias=False: ['weight']
try:
    nn.BatchNorm2d(3)(torch.randn(4, 3, 5))
except ValueError as error:
    print("3-D input to BatchNorm2d:", error)
    #> 3-D input to BatchNorm2d: expected 4D input (got 3D input)
