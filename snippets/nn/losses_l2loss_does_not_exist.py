import torch
import torch.nn as nn

print(hasattr(nn, "L2Loss"), hasattr(nn, "MSELoss"))
#> False True
try:
    nn.L2Loss()
except AttributeError as error:
    print("AttributeError:", error)
    #> AttributeError: module 'torch.nn' has no attribute 'L2Loss'

prediction = torch.tensor([1.0, 2.0, 4.0])
target = torch.tensor([1.5, 2.0, 1.0])
print(nn.MSELoss(reduction="sum")(prediction, target).item())
#> 9.25
print(((prediction - target) ** 2).sum().item())
#> 9.25
print(round(torch.linalg.vector_norm(prediction - target).pow(2).item(), 4))
#> 9.25
