import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])

print(F.avg_pool1d(x, 2, ceil_mode=True, count_include_pad=True))
#> tensor([[[1.5000, 3.5000, 5.0000]]])
print(5.0 / 2, 5.0 / 1)
#> 2.5 5.0

row = x.unsqueeze(2)
print(F.avg_pool2d(row, (1, 2), ceil_mode=True, divisor_override=2).flatten())
#> tensor([1.5000, 3.5000, 2.5000])

try:
    F.avg_pool1d(x, 2, ceil_mode=True, divisor_override=2)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: avg_pool1d() got an unexpected keyword argument 'divisor_override'
