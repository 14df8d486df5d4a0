import torch
import torch.nn as nn

fc = nn.LazyLinear(out_features=4)
print(type(fc.weight).__name__, fc.in_features)
#> UninitializedParameter 0

y = fc(torch.zeros(2, 7))
print(type(fc.weight).__name__, fc.in_features, tuple(fc.weight.shape), tuple(y.shape))
#> Parameter 7 (4, 7) (2, 4)
print(fc)
#> Linear(in_features=7, out_features=4, bias=True)

try:
    fc(torch.zeros(2, 5))
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x5 and 7x4)
