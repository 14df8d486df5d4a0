import torch
import torch.nn.functional as F

x = torch.randn(1, 1, 10)
w = torch.randn(1, 1, 3)
for stride, padding, dilation in [(1, 0, 1), (2, 0, 1), (2, 1, 1), (3, 2, 1), (1, 0, 2)]:
    formula = (10 + 2 * padding - dilation * (3 - 1) - 1) // stride + 1
    out = F.conv1d(x, w, stride=stride, padding=padding, dilation=dilation)
    print(f"stride={stride} padding={padding} dilation={dilation}: formula {formula}, real {out.shape[-1]}")
    #> stride=1 padding=0 dilation=1: formula 8, real 8
    #> stride=2 padding=0 dilation=1: formula 4, real 4
    #> stride=2 padding=1 dilation=1: formula 5, real 5
    #> stride=3 padding=2 dilation=1: formula 4, real 4
    #> stride=1 padding=0 dilation=2: formula 6, real 6

x = torch.randn(1, 4, 6, 6)
print(F.conv2d(x, torch.randn(8, 2, 3, 3), groups=2).shape)
#> torch.Size([1, 8, 4, 4])
print(F.conv2d(x, torch.randn(8, 4, 3, 3), padding="same").shape)
#> torch.Size([1, 8, 6, 6])
try:
    F.conv2d(x, torch.randn(8, 4, 3, 3), padding="same", stride=2)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: padding='same' is not supported for strided convolutions
