import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]])

print(F.avg_pool2d(x, 2, padding=1)[0, 0])
#> tensor([[0.2500, 1.2500],
#>         [2.7500, 7.0000]])
print(F.avg_pool2d(x, 2, padding=1, count_include_pad=False)[0, 0])
#> tensor([[1.0000, 2.5000],
#>         [5.5000, 7.0000]])
print(F.avg_pool2d(x, 2, padding=1, divisor_override=1)[0, 0])
#> tensor([[ 1.,  5.],
#>         [11., 28.]])
print([1 / 4, (2 + 3) / 4, (5 + 6 + 8 + 9) / 4], [1 / 1, (2 + 3) / 2])
#> [0.25, 1.25, 7.0] [1.0, 2.5]

try:
    F.avg_pool2d(x, 2, padding=2)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1
