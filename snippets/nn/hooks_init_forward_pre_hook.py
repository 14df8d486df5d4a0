import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)


def check_and_flatten(module, args):
    (x,) = args
    if x.shape[-1] != module.in_features and x[0].numel() == module.in_features:
        x = x.flatten(1)
    if x.shape[-1] != module.in_features:
        raise ValueError(f"expected {module.in_features} features, got shape {tuple(x.shape)}")
    return (x,)


handle = model.register_forward_pre_hook(check_and_flatten)
print(model(torch.randn(3, 2, 2)).shape)
#> torch.Size([3, 2])
try:
    model(torch.randn(3, 5))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: expected 4 features, got shape (3, 5)
handle.remove()
try:
    model(torch.randn(3, 2, 2))
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (6x2 and 4x2)
