import numpy as np
import torch

data = np.random.default_rng(0).random((4, 3))
x = torch.from_numpy(data)
print(data.dtype, x.dtype, torch.tensor(data).dtype)
#> float64 torch.float64 torch.float64
print(torch.tensor([[0.5, 0.25]]).dtype)
#> torch.float32

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
print(model.weight.dtype)
#> torch.float32
try:
    model(x)
except RuntimeError as error:
    print(error)
    #> mat1 and mat2 must have the same dtype, but got Double and Float

print(model(x.float()).shape)
#> torch.Size([4, 1])
print(torch.from_numpy(data.astype(np.float32)).dtype, torch.tensor(data, dtype=torch.float32).dtype)
#> torch.float32 torch.float32
