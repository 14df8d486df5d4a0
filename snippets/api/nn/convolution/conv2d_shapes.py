import torch
import torch.nn.functional as F
from torch import nn


def out_len(size, k, stride, padding, dilation):
    return (size + 2 * padding - dilation * (k - 1) - 1) // stride + 1


x = torch.randn(1, 3, 11, 16)
for k, s, p, d in [(3, 1, 0, 1), (3, 2, 1, 1), (5, 3, 2, 2), ((3, 5), (1, 2), (1, 0), 1)]:
    pairs = [v if isinstance(v, tuple) else (v, v) for v in (k, s, p, d)]
    formula = tuple(out_len(size, *(v[i] for v in pairs)) for i, size in enumerate((11, 16)))
    real = tuple(nn.Conv2d(3, 8, k, stride=s, padding=p, dilation=d)(x).shape[2:])
    print(f"k={k} stride={s} padding={p} dilation={d}: formula {formula}, real {real}")
    #> k=3 stride=1 padding=0 dilation=1: formula (9, 14), real (9, 14)
    #> k=3 stride=2 padding=1 dilation=1: formula (6, 8), real (6, 8)
    #> k=5 stride=3 padding=2 dilation=2: formula (3, 4), real (3, 4)
    #> k=(3, 5) stride=(1, 2) padding=(1, 0) dilation=1: formula (11, 6), real (11, 6)
print("padding='same', k=5, dilation=2:", tuple(nn.Conv2d(3, 8, 5, padding="same", dilation=2)(x).shape[2:]))
#> padding='same', k=5, dilation=2: (11, 16)
print("padding='valid', k=5:", tuple(nn.Conv2d(3, 8, 5, padding="valid")(x).shape[2:]))
#> padding='valid', k=5: (7, 12)

row = torch.arange(1.0, 6.0).view(1, 1, 1, 5)
print("row:", row.flatten().tolist(), "kernel [1, 1, 1], padding=(0, 1)")
#> row: [1.0, 2.0, 3.0, 4.0, 5.0] kernel [1, 1, 1], padding=(0, 1)
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv2d(1, 1, (1, 3), padding=(0, 1), padding_mode=mode, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    print(f"{mode:>9}:", conv(row).flatten().tolist())
    #>     zeros: [3.0, 6.0, 9.0, 12.0, 9.0]
    #>   reflect: [5.0, 6.0, 9.0, 12.0, 13.0]
    #> replicate: [4.0, 6.0, 9.0, 12.0, 14.0]
    #>  circular: [8.0, 6.0, 9.0, 12.0, 10.0]
reflect = nn.Conv2d(1, 1, (1, 3), padding=(0, 1), padding_mode="reflect")
padded = F.pad(row, (1, 1, 0, 0), mode="reflect")
print("reflect = F.pad + F.conv2d:", torch.equal(reflect(row), F.conv2d(padded, reflect.weight, reflect.bias)))
#> reflect = F.pad + F.conv2d: True
