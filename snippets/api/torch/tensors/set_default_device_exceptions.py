import numpy as np
import torch

cpu_tensor = torch.ones(2)
array = np.ones(2)
torch.set_default_device("meta")
print(torch.from_numpy(array).device, torch.as_tensor(array).device, torch.tensor(array).device)
#> cpu meta meta
print(torch.Tensor([1.0]).device, torch.FloatTensor([1.0]).device)
#> cpu cpu
print((cpu_tensor + 1).device, torch.zeros_like(cpu_tensor).device, cpu_tensor.clone().device)
#> cpu cpu cpu
torch.set_default_device("cpu")
print(torch.get_default_device())
#> cpu
