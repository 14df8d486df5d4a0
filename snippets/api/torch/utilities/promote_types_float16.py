import torch

counts = torch.tensor([70000, 3])
half = torch.tensor([0.0, 0.0], dtype=torch.float16)
print(torch.promote_types(counts.dtype, half.dtype), torch.finfo(torch.float16).max)
#> torch.float16 65504.0
print(counts + half)
#> tensor([inf, 3.], dtype=torch.float16)
print(counts + half.float())
#> tensor([7.0000e+04, 3.0000e+00])
