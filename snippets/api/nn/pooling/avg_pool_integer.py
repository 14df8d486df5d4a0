import torch
from torch import nn

x = torch.tensor([[[0, 1, -3, -4, 7, 7]]])
print("int64:  ", nn.AvgPool1d(2)(x).tolist(), nn.AvgPool1d(2)(x).dtype)
#> int64:   [[[0, -3, 7]]] torch.int64
print("float32:", nn.AvgPool1d(2)(x.float()).tolist())
#> float32: [[[0.5, -3.5, 7.0]]]
image = torch.arange(16).reshape(1, 1, 4, 4)
print("AvgPool2d:", nn.AvgPool2d(2)(image).flatten().tolist(), "float:", nn.AvgPool2d(2)(image.float()).flatten().tolist())
#> AvgPool2d: [2, 4, 10, 12] float: [2.5, 4.5, 10.5, 12.5]
try:
    nn.AvgPool2d(2)(image.to(torch.uint8))
except NotImplementedError as error:
    print("uint8 NotImplementedError:", error)
    #> uint8 NotImplementedError: "avg_pool2d" not implemented for 'Byte'
for name, compute in [("x.mean()", lambda: x.mean()), ("AdaptiveAvgPool2d(1)", lambda: nn.AdaptiveAvgPool2d(1)(image))]:
    try:
        compute()
    except RuntimeError as error:
        print(name, "RuntimeError:", str(error).split(".")[0])
        #> x.mean() RuntimeError: mean(): could not infer output dtype
        #> AdaptiveAvgPool2d(1) RuntimeError: mean(): could not infer output dtype
