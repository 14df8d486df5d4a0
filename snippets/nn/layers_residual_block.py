import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.block = nn.Sequential(
            nn.ReflectionPad2d(1),
            nn.Conv2d(channels, channels, 3),
            nn.InstanceNorm2d(channels),
            nn.ReLU(inplace=True),
            nn.ReflectionPad2d(1),
            nn.Conv2d(channels, channels, 3),
            nn.InstanceNorm2d(channels),
        )

    def forward(self, x):
        return x + self.block(x)


torch.manual_seed(0)
block = ResidualBlock(4)
x = torch.randn(2, 4, 6, 6)
out = block(x)
print(x.shape, "->", out.shape)
#> torch.Size([2, 4, 6, 6]) -> torch.Size([2, 4, 6, 6])
print(torch.allclose(out - x, block.block(x)))
#> True
print([type(m).__name__ for m in block.block])
#> ['ReflectionPad2d', 'Conv2d', 'InstanceNorm2d', 'ReLU', 'ReflectionPad2d', 'Conv2d', 'InstanceNorm2d']

try:
    nn.Sequential(torch.relu)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: torch._VariableFunctionsClass.relu is not a Module subclass
