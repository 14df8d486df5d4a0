import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0, 3.0]])
for mode in ["constant", "reflect", "replicate", "circular"]:
    print(f"{mode:9}", F.pad(x, (2, 1), mode=mode))
    #> constant  tensor([[0., 0., 1., 2., 3., 0.]])
    #> reflect   tensor([[3., 2., 1., 2., 3., 2.]])
    #> replicate tensor([[1., 1., 1., 2., 3., 3.]])
    #> circular  tensor([[2., 3., 1., 2., 3., 1.]])

img = torch.randn(1, 1, 3, 4)
p = (1, 2, 2, 0)
pairs = [
    (nn.ZeroPad2d(p), "constant"),
    (nn.ReflectionPad2d(p), "reflect"),
    (nn.ReplicationPad2d(p), "replicate"),
    (nn.CircularPad2d(p), "circular"),
]
print([torch.equal(m(img), F.pad(img, p, mode=mode)) for m, mode in pairs])
#> [True, True, True, True]
