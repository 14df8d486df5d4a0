import torch
import torch.nn as nn


class Duck(nn.Module):
    def __init__(self, persistent):
        super().__init__()
        self.register_buffer("duck", torch.tensor([7.0]), persistent=persistent)

    def forward(self, x):
        return x * self.duck


class Pond(nn.Module):
    def __init__(self, persistent):
        super().__init__()
        self.w1 = nn.Parameter(torch.tensor([3.0]))
        self.w2 = nn.Parameter(torch.tensor([5.0]))
        self.c = Duck(persistent)

    def forward(self, x):
        return self.c(x + self.w1) / self.w2


for persistent in (True, False):
    model = Pond(persistent)
    print(f"persistent={persistent}")
    print("  state_dict:", list(model.state_dict()))
    print("  buffers:   ", [name for name, _ in model.named_buffers()])
    print("  output:    ", model(torch.tensor([2.0])).item())
#> persistent=True
#>   state_dict: ['w1', 'w2', 'c.duck']
#>   buffers:    ['c.duck']
#>   output:     7.0
#> persistent=False
#>   state_dict: ['w1', 'w2']
#>   buffers:    ['c.duck']
#>   output:     7.0
