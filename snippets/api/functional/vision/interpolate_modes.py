import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[0.0, 10.0, 20.0]]])
for mode in ["nearest", "nearest-exact", "linear", "area"]:
    print(f"{mode:13}", F.interpolate(x, size=5, mode=mode)[0, 0])
    #> nearest       tensor([ 0.,  0., 10., 10., 20.])
    #> nearest-exact tensor([ 0.,  0., 10., 20., 20.])
    #> linear        tensor([ 0.0000,  4.0000, 10.0000, 16.0000, 20.0000])
    #> area          tensor([ 0.,  5., 10., 15., 20.])

scale = 3 / 5
print([int(i * scale) for i in range(5)], [int((i + 0.5) * scale) for i in range(5)])
#> [0, 0, 1, 1, 2] [0, 0, 1, 2, 2]
src = (1 + 0.5) * scale - 0.5
print(round(src, 4), round(x[0, 0, 0].item() * (1 - src) + x[0, 0, 1].item() * src, 4))
#> 0.4 4.0

try:
    F.interpolate(x, size=5, mode="bilinear")
except NotImplementedError as error:
    print("NotImplementedError:", error)
    #> NotImplementedError: Got 3D input, but bilinear mode needs 4D input
