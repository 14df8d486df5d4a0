import torch
from torch import nn

x = torch.arange(25.0).reshape(1, 1, 5, 5)
pool = nn.FractionalMaxPool2d(kernel_size=2, output_size=3)
print(pool)
#> FractionalMaxPool2d()
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []

torch.manual_seed(0)
first = pool(x)
second = pool(x)
print(first[0, 0, 0].tolist(), second[0, 0, 0].tolist(), "equal:", torch.equal(first, second))
#> [6.0, 8.0, 9.0] [6.0, 7.0, 9.0] equal: False
torch.manual_seed(0)
print("same seed again:", torch.equal(pool(x), first))
#> same seed again: True

values, indices = nn.FractionalMaxPool2d(2, output_size=3, return_indices=True)(x)
print("values are x at their indices:", torch.equal(x.flatten()[indices.flatten()], values.flatten()))
#> values are x at their indices: True

big = torch.randn(1, 1, 9, 7)
print("output_ratio=0.5:", tuple(nn.FractionalMaxPool2d(2, output_ratio=0.5)(big).shape[-2:]), "= int(9 * 0.5), int(7 * 0.5)")
#> output_ratio=0.5: (4, 3) = int(9 * 0.5), int(7 * 0.5)
print("FractionalMaxPool3d:", tuple(nn.FractionalMaxPool3d(2, output_size=(2, 3, 4))(torch.randn(1, 1, 4, 5, 6)).shape))
#> FractionalMaxPool3d: (1, 1, 2, 3, 4)

pool.eval()
print("eval(), four calls:", [pool(x)[0, 0, 0].tolist() for _ in range(4)])
#> eval(), four calls: [[6.0, 7.0, 9.0], [6.0, 7.0, 9.0], [6.0, 7.0, 9.0], [6.0, 8.0, 9.0]]
fixed = nn.FractionalMaxPool2d(2, output_size=3, _random_samples=torch.full((1, 1, 2), 0.5))
print("fixed _random_samples:", torch.equal(fixed(x), fixed(x)))
#> fixed _random_samples: True
