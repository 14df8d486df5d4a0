import torch
import torch.nn as nn

pool = nn.AdaptiveAvgPool2d(output_size=(2, 2))
for size in [(4, 4), (7, 5), (32, 32)]:
    x = torch.randn(1, 3, *size)
    print(tuple(x.shape), "->", tuple(pool(x).shape))
    #> (1, 3, 4, 4) -> (1, 3, 2, 2)
    #> (1, 3, 7, 5) -> (1, 3, 2, 2)
    #> (1, 3, 32, 32) -> (1, 3, 2, 2)

x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(pool(x)[0, 0])
#> tensor([[ 2.5000,  4.5000],
#>         [10.5000, 12.5000]])
print(x[0, 0, :2, :2].mean().item())
#> 2.5
