import torch

print(torch.get_device_module("cpu") is torch.cpu)
#> True
print(torch.get_device_module(torch.device("cpu")) is torch.cpu)
#> True
print(torch.get_device_module("cuda:0") is torch.cuda)
#> True
print(torch.get_device_module("cpu").device_count(), torch.get_device_module("cpu").is_available())
#> 1 True
