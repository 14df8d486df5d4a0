import torch

module = torch.get_device_module()
print(module.__name__, torch.accelerator.current_accelerator())
#> torch.cuda cuda
print(module.is_available())
#> ...
