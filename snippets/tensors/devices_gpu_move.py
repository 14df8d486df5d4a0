# requires: cuda
import torch

x = torch.ones(4, 3)
model = torch.nn.Linear(3, 2)

x_gpu = x.to("cuda")
model.to("cuda")
y = model(x_gpu)

print(x.device, x_gpu.device)
#> cpu cuda:0
print(y.device, model.weight.device)
#> cuda:0 cuda:0
print(x.cuda().device, y.cpu().device)
#> cuda:0 cpu
