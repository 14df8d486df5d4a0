import platform

import torch
import torchvision

print("Python", platform.python_version())
#> Python 3.11.7
print("torch", torch.__version__)
#> torch 2.14.1+cu130
print("torchvision", torchvision.__version__)
#> torchvision 0.29.1+cu130
