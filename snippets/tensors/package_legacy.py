import importlib

import torch

print(torch.__version__.split("+")[0])
#> 2.14.1
print(hasattr(torch, "legacy"))
#> False
try:
    importlib.import_module("torch.legacy")
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
    #> ModuleNotFoundError: No module named 'torch.legacy'
print(torch.nn.Linear, torch.optim.SGD)
#> <class 'torch.nn.modules.linear.Linear'> <class 'torch.optim.sgd.SGD'>
