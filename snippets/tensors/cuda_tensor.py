# requires: cuda
import torch

x = torch.arange(4)
y = x.to("cuda")
print(y.device, y.is_cuda)
#> cuda:0 True
print((y * 2).cpu())
#> tensor([0, 2, 4, 6])
print(x.device)
#> cpu
