from collections import OrderedDict

import torch
from torch import nn

values = {"w2": torch.tensor([2.0]), "w1": torch.tensor([1.0]), "b": torch.tensor([0.0])}
print("dict:", list(values))
#> dict: ['w2', 'w1', 'b']
print("ModuleDict(dict):", list(nn.ModuleDict({key: nn.Identity() for key in values})))
#> ModuleDict(dict): ['w2', 'w1', 'b']
print("ParameterDict(dict):", list(nn.ParameterDict(values)))
#> ParameterDict(dict): ['b', 'w1', 'w2']
print("ParameterDict(OrderedDict):", list(nn.ParameterDict(OrderedDict(values))))
#> ParameterDict(OrderedDict): ['w2', 'w1', 'b']
print("ParameterDict(pairs):", list(nn.ParameterDict(values.items())))
#> ParameterDict(pairs): ['w2', 'w1', 'b']
print("cat(values()):", torch.cat(list(values.values())).tolist(), "vs", torch.cat(list(nn.ParameterDict(values).values())).tolist())
#> cat(values()): [2.0, 1.0, 0.0] vs [0.0, 1.0, 2.0]
