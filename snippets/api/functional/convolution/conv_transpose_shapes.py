import torch
import torch.nn.functional as F

w = torch.randn(1, 1, 3)
for length in (7, 8):
    down = F.conv1d(torch.randn(1, 1, length), w, stride=2, padding=1)
    print(f"conv1d: {length} -> {down.shape[-1]}")
    #> conv1d: 7 -> 4
    #> conv1d: 8 -> 4

y = torch.randn(1, 1, 4)
for output_padding in (0, 1):
    formula = (4 - 1) * 2 - 2 * 1 + 1 * (3 - 1) + output_padding + 1
    up = F.conv_transpose1d(y, w, stride=2, padding=1, output_padding=output_padding)
    print(f"output_padding={output_padding}: formula {formula}, real {up.shape[-1]}")
    #> output_padding=0: formula 7, real 7
    #> output_padding=1: formula 8, real 8
