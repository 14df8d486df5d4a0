# requires: cuda
import torch

x = torch.ones(3, device="cuda")
scale = torch.tensor(2.0)
y = x * scale
print(scale.dim(), scale.device, y.device)

try:
    x * torch.tensor([2.0])
except RuntimeError as error:
    print(type(error).__name__, "Expected all tensors to be on the same device" in str(error))
