import torch

x = torch.ones(3, requires_grad=True)
with torch.inference_mode():
    with torch.enable_grad():
        y = x * 2
        print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
        #> True True
print(y.requires_grad, y.is_inference())
#> False True
