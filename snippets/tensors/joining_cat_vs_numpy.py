import numpy as np
import torch

a, b = np.zeros((2, 3)), np.ones((2, 3))
ta, tb = torch.from_numpy(a), torch.from_numpy(b)

rows = [
    ("np.concatenate", np.concatenate([a, b]).shape, "torch.cat", tuple(torch.cat([ta, tb]).shape)),
    ("np.stack", np.stack([a, b]).shape, "torch.stack", tuple(torch.stack([ta, tb]).shape)),
]
for np_name, np_shape, torch_name, torch_shape in rows:
    print(f"{np_name:<15} {str(np_shape):<10} {torch_name:<12} {torch_shape}")
    #> np.concatenate  (4, 3)     torch.cat    (4, 3)
    #> np.stack        (2, 2, 3)  torch.stack  (2, 2, 3)

print(np.array_equal(torch.cat([ta, tb]).numpy(), np.concatenate([a, b])))
#> True
print(torch.equal(torch.concatenate([ta, tb]), torch.cat([ta, tb])))
#> True
