import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
L = 6
x = torch.arange(float(L)).reshape(1, 1, L)


def length(k, s, p, ceil_mode):
    raw = (L + 2 * p - k) / s
    n = (math.ceil(raw) if ceil_mode else math.floor(raw)) + 1
    if ceil_mode and (n - 1) * s >= L + p:
        n -= 1
    return n


print("k s p ceil_mode  floor ceil formula actual")
#> k s p ceil_mode  floor ceil formula actual
for k, s, p, ceil_mode in [(2, 2, 0, False), (4, 4, 0, True), (3, 2, 1, True), (2, 3, 0, True)]:
    raw = (L + 2 * p - k) / s
    actual = F.avg_pool1d(x, k, s, p, ceil_mode=ceil_mode).shape[-1]
    print(f"{k} {s} {p} {ceil_mode!s:10} {math.floor(raw) + 1:<5} {math.ceil(raw) + 1:<4} {length(k, s, p, ceil_mode):<7} {actual}")
    #> 2 2 0 False      3     3    3       3
    #> 4 4 0 True       1     2    2       2
    #> 3 2 1 True       3     4    4       4
    #> 2 3 0 True       2     3    2       2

print(F.avg_pool1d(x, 2, stride=3, ceil_mode=True))
#> tensor([[[0.5000, 3.5000]]])
