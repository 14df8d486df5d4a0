import torch

one = torch.tensor([1.0, 1000.0])
up = torch.nextafter(one, torch.tensor(float("inf")))
print(up)
#> tensor([   1.0000, 1000.0001])
print((up - one).tolist(), torch.finfo(torch.float32).eps)
#> [1.1920928955078125e-07, 6.103515625e-05] 1.1920928955078125e-07
print(torch.nextafter(torch.tensor([1.0]), torch.tensor([0.0])).item())
#> 0.9999999403953552
print(torch.nextafter(torch.tensor([0.0]), torch.tensor([1.0])).item(), torch.finfo(torch.float32).smallest_normal)
#> 1.401298464324817e-45 1.1754943508222875e-38
