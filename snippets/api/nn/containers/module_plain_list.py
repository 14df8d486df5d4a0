import torch
from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = [nn.Linear(4, 4), nn.Linear(4, 4)]

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


class WithModuleList(WithList):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList(self.blocks)


for model in (WithList(), WithModuleList()):
    out = model(torch.ones(1, 4))
    names = [name for name, _ in model.named_parameters()]
    print(f"{type(model).__name__}: output {tuple(out.shape)}, parameters {names}")
    model.to(torch.float64)
    print("  after .to(float64):", model.blocks[0].weight.dtype)
#> WithList: output (1, 4), parameters []
#>   after .to(float64): torch.float32
#> WithModuleList: output (1, 4), parameters ['blocks.0.weight', 'blocks.0.bias', 'blocks.1.weight', 'blocks.1.bias']
#>   after .to(float64): torch.float64

try:
    torch.optim.SGD(WithList().parameters(), lr=0.1)
except ValueError as error:
    print("SGD(WithList().parameters()):", error)
#> SGD(WithList().parameters()): optimizer got an empty parameter list
