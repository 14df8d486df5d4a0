import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self):
        super().__init__()
        self.p = nn.ParameterDict({"scale": torch.tensor(3.0), "shift": nn.Parameter(torch.tensor(1.0))})
        self.p["power"] = torch.tensor(2.0)

    def forward(self, x):
        return self.p["scale"] * x ** self.p["power"] + self.p["shift"]


model = Affine()
print({key: type(value).__name__ for key, value in model.p.items()})
#> {'scale': 'Parameter', 'shift': 'Parameter', 'power': 'Parameter'}
print([name for name, _ in model.named_parameters()])
#> ['p.scale', 'p.shift', 'p.power']
print("'scale' in p:", "scale" in model.p, "p.scale is p['scale']:", model.p.scale is model.p["scale"])
#> 'scale' in p: True p.scale is p['scale']: True

y = model(torch.tensor(4.0))
print("y =", y.item(), "= 3 * 4 ** 2 + 1 =", 3 * 4**2 + 1)
#> y = 49.0 = 3 * 4 ** 2 + 1 = 49

try:
    nn.ParameterDict({"a.b": torch.ones(1)})
except KeyError as error:
    print("key 'a.b':", error)
    #> key 'a.b': 'parameter name can\'t contain "."'
