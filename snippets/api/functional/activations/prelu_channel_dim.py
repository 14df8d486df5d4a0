import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.tensor([0.1, 0.2, 0.3])
square = -torch.ones(1, 3, 3)
print(F.prelu(square, weight)[0])
#> tensor([[-0.1000, -0.1000, -0.1000],
#>         [-0.2000, -0.2000, -0.2000],
#>         [-0.3000, -0.3000, -0.3000]])

tokens = -torch.ones(2, 4, 3)
try:
    F.prelu(tokens, weight)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Mismatch of parameter numbers and input channel size. Found parameter numbers = 3 and channel size = 4.
print(F.prelu(tokens.transpose(1, 2), weight).transpose(1, 2)[0, 0])
#> tensor([-0.1000, -0.2000, -0.3000])
