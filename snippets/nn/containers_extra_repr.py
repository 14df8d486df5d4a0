import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self, factor, learnable=False):
        super().__init__()
        self.factor = factor
        self.learnable = learnable

    def forward(self, x):
        return x * self.factor


class ScaleWithRepr(Scale):
    def extra_repr(self):
        return f"factor={self.factor}, learnable={self.learnable}"


print(nn.Sequential(nn.Linear(2, 2), Scale(0.5)))
#> Sequential(
#>   (0): Linear(in_features=2, out_features=2, bias=True)
#>   (1): Scale()
#> )
print(nn.Sequential(nn.Linear(2, 2), ScaleWithRepr(0.5)))
#> Sequential(
#>   (0): Linear(in_features=2, out_features=2, bias=True)
#>   (1): ScaleWithRepr(factor=0.5, learnable=False)
#> )
print(repr(nn.Linear(2, 3).extra_repr()))
#> 'in_features=2, out_features=3, bias=True'
