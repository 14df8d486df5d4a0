import torch

print(torch.finfo(torch.float32).smallest_normal)
#> 1.1754943508222875e-38
x = torch.tensor([1e-39, 1e-30])
print(x * 2, x.view(torch.int32))
#> tensor([2.0000e-39, 2.0000e-30]) tensor([   713624, 228737632], dtype=torch.int32)
supported = torch.set_flush_denormal(True)
print(supported)
#> ...
print(x * 2, x.view(torch.int32))
#> tensor([0.0000e+00, 2.0000e-30]) tensor([   713624, 228737632], dtype=torch.int32)
torch.set_flush_denormal(False)
print(x * 2)
#> tensor([2.0000e-39, 2.0000e-30])
