import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[[0.0, 0.0, 0.0, 100.0, 0.0, 0.0, 0.0, 0.0]]]])
print(F.interpolate(x, size=(1, 2), mode="bilinear")[0, 0, 0])
#> tensor([0., 0.])
print(F.interpolate(x, size=(1, 2), mode="bilinear", antialias=True)[0, 0, 0])
#> tensor([17.8571, 10.7143])
print(F.interpolate(x, size=(1, 2), mode="area")[0, 0, 0])
#> tensor([25.,  0.])
src = [(i + 0.5) * 8 / 2 - 0.5 for i in range(2)]
print(src)
#> [1.5, 5.5]
weights = [[max(0.0, 1 - abs(j - c) / 4) for j in range(8)] for c in src]
print([round(100 * w[3] / sum(w), 4) for w in weights])
#> [17.8571, 10.7143]

small = torch.tensor([[[[0.0, 10.0]]]])
a = F.interpolate(small, size=(1, 4), mode="bilinear", antialias=True)
print(torch.equal(a, F.interpolate(small, size=(1, 4), mode="bilinear")))
#> True
print(F.interpolate(x, size=(1, 2), mode="lanczos", antialias=True)[0, 0, 0])
#> tensor([20.1222, 11.5235])
try:
    F.interpolate(x, size=(1, 2), mode="lanczos")
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Lanczos mode requires antialias=True
try:
    F.interpolate(x[0], size=2, mode="linear", antialias=True)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input
