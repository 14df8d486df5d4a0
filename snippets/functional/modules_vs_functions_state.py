import inspect
import torch.nn as nn
import torch.nn.functional as F

linear = nn.Linear(3, 2)
print(tuple(linear.weight.shape), tuple(linear.bias.shape), linear.training)
#> (2, 3) (2,) True

dropout = nn.Dropout(p=0.3)
print(dropout.p, dropout.training)
#> 0.3 True
dropout.eval()
print(dropout.p, dropout.training)
#> 0.3 False

print(inspect.signature(F.dropout).parameters["p"])
#> p: float = 0.5
print(inspect.signature(F.dropout).parameters["training"])
#> training: bool = True
