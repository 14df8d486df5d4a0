import torch
import torch.nn.functional as F

torch.manual_seed(0)
leaf = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.relu_(leaf)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

h = torch.sigmoid(leaf)
F.relu_(h)
try:
    h.sum().backward()
except RuntimeError as error:
    print("RuntimeError:", str(error).split(":")[0])
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation

h = torch.sigmoid(leaf)
F.relu(h).sum().backward()
print(leaf.grad)
#> tensor([0.1966, 0.1050])
