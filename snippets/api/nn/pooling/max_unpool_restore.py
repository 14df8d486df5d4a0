import torch
from torch import nn

x = torch.tensor([[[[1.0, 9.0, 2.0, 0.0, 5.0],
                    [3.0, 4.0, 8.0, 1.0, 6.0],
                    [0.0, 2.0, 1.0, 7.0, 3.0],
                    [5.0, 1.0, 0.0, 2.0, 4.0]]]])
pool = nn.MaxPool2d(2, return_indices=True)
unpool = nn.MaxUnpool2d(2)
print(unpool)
#> MaxUnpool2d(kernel_size=(2, 2), stride=(2, 2), padding=(0, 0))
print("parameters:", list(unpool.named_parameters()), "buffers:", list(unpool.named_buffers()))
#> parameters: [] buffers: []

values, indices = pool(x)
print(values[0, 0].tolist(), indices[0, 0].tolist())
#> [[9.0, 8.0], [5.0, 7.0]] [[1, 7], [15, 13]]
default = unpool(values, indices)
print("default:", tuple(default.shape[-2:]), "= (2 - 1) * 2 + 2 each; input was", tuple(x.shape[-2:]))
#> default: (4, 4) = (2 - 1) * 2 + 2 each; input was (4, 5)
restored = unpool(values, indices, output_size=x.shape[-2:])
print(restored[0, 0])
#> tensor([[0., 9., 0., 0., 0.],
#>         [0., 0., 8., 0., 0.],
#>         [0., 0., 0., 7., 0.],
#>         [5., 0., 0., 0., 0.]])
kept = restored != 0
print("kept cells equal x:", torch.equal(restored[kept], x[kept]), int(kept.sum()), "of", x.numel())
#> kept cells equal x: True 4 of 20

signal = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0]]])
v1, i1 = nn.MaxPool1d(2, return_indices=True)(signal)
print("1d:", nn.MaxUnpool1d(2)(v1, i1).tolist())
#> 1d: [[[3.0, 0.0, 4.0, 0.0, 0.0, 9.0]]]
volume = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
v3, i3 = nn.MaxPool3d(2, return_indices=True)(volume)
print("3d:", nn.MaxUnpool3d(2)(v3, i3).flatten().tolist())
#> 3d: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0]
