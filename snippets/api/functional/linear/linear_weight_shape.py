import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0]])
weight_in_out = torch.ones(3, 2)
try:
    F.linear(x, weight_in_out)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x3 and 2x3)
print(F.linear(x, weight_in_out.T))
#> tensor([[6., 6.]])

square = torch.tensor([[1.0, 2.0], [0.0, 1.0]])
v = torch.tensor([[1.0, 1.0]])
print(F.linear(v, square), v @ square)
#> tensor([[3., 1.]]) tensor([[1., 3.]])
