import torch

pixels = torch.tensor([10, 7, 12], dtype=torch.uint8)
print(torch.diff(pixels))
#> tensor([253,   5], dtype=torch.uint8)
print(torch.diff(pixels.to(torch.int16)))
#> tensor([-3,  5], dtype=torch.int16)
print(torch.diff(torch.tensor([True, False, False, True])))
#> tensor([ True, False,  True])
