import torch

cpu = torch.device("cpu")
gpu = torch.device("cuda:1")
print(cpu, cpu.type, cpu.index)
#> cpu cpu None
print(gpu, gpu.type, gpu.index)
#> cuda:1 cuda 1
print(torch.device("cuda", 0) == torch.device("cuda:0"))
#> True

x = torch.zeros(2, device="cpu")
print(x.device, x.device == cpu, x.is_cuda)
#> cpu True False
print(type(torch.cuda.is_available()).__name__)
#> bool
