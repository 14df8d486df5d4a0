import platform

import torch
import torchvision

print("Python", ".".join(platform.python_version_tuple()[:2]))
#> Python 3.11
print("torch", torch.__version__)
#> torch 2.14.1+cu130
print("torchvision", torchvision.__version__)
#> torchvision 0.29.1+cu130
