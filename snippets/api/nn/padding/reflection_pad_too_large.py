import torch
from torch import nn

x = torch.tensor([[[1.0, 2.0, 3.0]]])
print("padding 2:", nn.ReflectionPad1d(2)(x)[0, 0].tolist())
#> padding 2: [3.0, 2.0, 1.0, 2.0, 3.0, 2.0, 1.0]
try:
    nn.ReflectionPad1d(3)(x)
except RuntimeError as error:
    print("padding 3:", str(error).split(", but")[0].split(": ")[-1])
    #> padding 3: Padding size should be less than the corresponding input dimension
print("replicate 3:", nn.ReplicationPad1d(3)(x)[0, 0].tolist())
#> replicate 3: [1.0, 1.0, 1.0, 1.0, 2.0, 3.0, 3.0, 3.0, 3.0]
