import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_parameter("w1", nn.Parameter(torch.tensor([3.0])))
        self.w2 = nn.Parameter(torch.tensor([5.0]))
        self.register_parameter("offset", None)

    def forward(self, x):
        return x * self.w1 / self.w2


model = Scale()
print([name for name, _ in model.named_parameters()], model.offset)
#> ['w1', 'w2'] None

loose = nn.Parameter(torch.tensor([3.0]))
print(type(loose).__name__, loose.requires_grad, isinstance(loose, torch.Tensor))
#> Parameter True True

try:
    model.register_parameter("w3", torch.tensor([1.0]))
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: cannot assign 'torch.FloatTensor' object to parameter 'w3' (torch.nn.Parameter or None required)

try:
    nn.Parameter(torch.tensor([3]))
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Only Tensors of floating point and complex dtype can require gradients

print(torch.get_default_dtype(), torch.Tensor([3]).dtype, torch.tensor([3]).dtype)
#> torch.float32 torch.float32 torch.int64
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.Tensor([3]).dtype, torch.tensor([3]).dtype)
#> torch.float64 torch.float64 torch.int64
