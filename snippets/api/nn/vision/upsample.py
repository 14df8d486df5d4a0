import torch
import torch.nn.functional as F
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([[[[0.0, 10.0], [20.0, 30.0]]]])
print("size=(3, 5):", tuple(nn.Upsample(size=(3, 5))(x).shape))
#> size=(3, 5): (1, 1, 3, 5)
print("scale_factor=2:", tuple(nn.Upsample(scale_factor=2)(x).shape))
#> scale_factor=2: (1, 1, 4, 4)
print("scale_factor=1.7:", tuple(nn.Upsample(scale_factor=1.7)(x).shape), "floor(2 * 1.7) = 3")
#> scale_factor=1.7: (1, 1, 3, 3) floor(2 * 1.7) = 3

row = torch.tensor([[[0.0, 10.0, 20.0]]])
for mode in ["nearest", "linear"]:
    print(f"{mode:8}", nn.Upsample(scale_factor=2, mode=mode)(row)[0, 0])
    #> nearest  tensor([ 0.,  0., 10., 10., 20., 20.])
    #> linear   tensor([ 0.0000,  2.5000,  7.5000, 12.5000, 17.5000, 20.0000])
for mode in ["nearest", "bilinear", "bicubic"]:
    print(f"{mode:8}", nn.Upsample(scale_factor=2, mode=mode)(x)[0, 0, 0])
    #> nearest  tensor([ 0.,  0., 10., 10.])
    #> bilinear tensor([ 0.0000,  2.5000,  7.5000, 10.0000])
    #> bicubic  tensor([-3.1641,  0.1562,  5.6250,  8.9453])
up = nn.Upsample(scale_factor=2, mode="bilinear")
print("bilinear [0, 1] by hand: 0.75 * 0 + 0.25 * 10 =", 0.75 * 0 + 0.25 * 10)
#> bilinear [0, 1] by hand: 0.75 * 0 + 0.25 * 10 = 2.5
print("equals F.interpolate:", torch.equal(up(x), F.interpolate(x, scale_factor=2, mode="bilinear")))
#> equals F.interpolate: True
print(up, "| default:", nn.Upsample(scale_factor=2))
#> Upsample(scale_factor=2.0, mode='bilinear') | default: Upsample(scale_factor=2.0, mode='nearest')
print("parameters:", list(up.parameters()), "buffers:", list(up.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(up.train()(x), up.eval()(x)))
#> same in eval(): True
try:
    nn.Upsample(scale_factor=2, mode="bilinear")(row)
except NotImplementedError as error:
    print("bilinear on 3-D input:", type(error).__name__)
    #> bilinear on 3-D input: NotImplementedError
