import numpy as np
import torch

x = torch.tensor([1.0, 2.0])
print(torch.is_tensor(x), isinstance(x, torch.Tensor))
#> True True
print(torch.is_tensor(np.array([1.0])), torch.is_tensor([1.0]))
#> False False

print(torch.is_complex(torch.tensor([1 + 2j])), torch.is_complex(x))
#> True False
print(torch.is_floating_point(x))
#> True
print(torch.is_storage(x.untyped_storage()), torch.is_storage(x))
#> True False
