import torch
from torch import nn

torch.set_printoptions(precision=4)
row = torch.tensor([[[0.0, 10.0, 20.0]]])
default = nn.Upsample(size=5, mode="linear")(row)
aligned = nn.Upsample(size=5, mode="linear", align_corners=True)(row)
print("align_corners=False:", default[0, 0])
#> align_corners=False: tensor([ 0.0000,  4.0000, 10.0000, 16.0000, 20.0000])
print("align_corners=True: ", aligned[0, 0])
#> align_corners=True:  tensor([ 0.,  5., 10., 15., 20.])

i = 1
src_false = (i + 0.5) * 3 / 5 - 0.5
src_true = i * (3 - 1) / (5 - 1)
print(f"output 1: False -> input {src_false:.1f} -> {10 * src_false:.1f}, True -> input {src_true:.1f} -> {10 * src_true:.1f}")
#> output 1: False -> input 0.4 -> 4.0, True -> input 0.5 -> 5.0
