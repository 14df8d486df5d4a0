import warnings

import torch
import torch.nn as nn

x = torch.zeros(1, 3, 10, 10)
for kwargs in [dict(kernel_size=3), dict(kernel_size=5), dict(kernel_size=3, dilation=3), dict(kernel_size=4)]:
    conv = nn.Conv2d(3, 8, padding="same", **kwargs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y = conv(x)
    note = f"  warning: {str(caught[0].message)[:60]}..." if caught else ""
    print(f"{kwargs} -> {tuple(y.shape)}{note}")
    #> {'kernel_size': 3} -> (1, 8, 10, 10)
    #> {'kernel_size': 5} -> (1, 8, 10, 10)
    #> {'kernel_size': 3, 'dilation': 3} -> (1, 8, 10, 10)
    #> {'kernel_size': 4} -> (1, 8, 10, 10)  warning: Using padding='same' with even kernel lengths and odd dilati...

print(tuple(nn.Conv2d(3, 8, 3, padding="valid")(x).shape))
#> (1, 8, 8, 8)

try:
    nn.Conv2d(3, 8, 3, stride=2, padding="same")
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: padding='same' is not supported for strided convolutions
