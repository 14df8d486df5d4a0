import math

import torch

x = torch.tensor([-2.5, -0.5, 0.5, 1.5, 2.5])
print(x.tolist())
#> [-2.5, -0.5, 0.5, 1.5, 2.5]
for name, fn, ref in [
    ("ceil", torch.ceil, math.ceil),
    ("floor", torch.floor, math.floor),
    ("trunc", torch.trunc, math.trunc),
    ("round", torch.round, round),
]:
    got = fn(x).tolist()
    print(f"{name:5}", got, got == [float(ref(v)) for v in x.tolist()])
    #> ceil  [-2.0, -0.0, 1.0, 2.0, 3.0] True
    #> floor [-3.0, -1.0, 0.0, 1.0, 2.0] True
    #> trunc [-2.0, -0.0, 0.0, 1.0, 2.0] True
    #> round [-2.0, -0.0, 0.0, 2.0, 2.0] True

print(torch.ceil(x).signbit())
#> tensor([ True,  True, False, False, False])
print(torch.ceil(torch.tensor([3, -7])), torch.ceil(torch.tensor([3, -7])).dtype)
#> tensor([ 3, -7]) torch.int64
