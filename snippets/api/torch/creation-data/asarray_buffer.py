import torch

raw = bytearray([1, 0, 0, 0, 2, 0, 0, 0])
print(torch.asarray(raw))
#> tensor([1.4013e-45, 2.8026e-45])
print(torch.asarray(raw, dtype=torch.int32))
#> tensor([1, 2], dtype=torch.int32)
print(torch.asarray(raw, dtype=torch.uint8))
#> tensor([1, 0, 0, 0, 2, 0, 0, 0], dtype=torch.uint8)
print(torch.asarray(list(raw)))
#> tensor([1, 0, 0, 0, 2, 0, 0, 0])
