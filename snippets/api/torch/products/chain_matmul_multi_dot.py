import warnings

import torch

torch.manual_seed(0)
A = torch.randn(2, 3)
B = torch.randn(3, 4)
C = torch.randn(4, 2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = torch.chain_matmul(A, B, C)
    new = torch.linalg.multi_dot([A, B, C])
print(len(caught), caught[0].category.__name__)
#> 1 UserWarning
print(str(caught[0].message).split(" (Triggered")[0])
#> torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than multiple parameters.
print(old.shape, torch.allclose(old, new), torch.allclose(old, A @ B @ C))
#> torch.Size([2, 2]) True True
print([line.strip() for line in torch.chain_matmul.__doc__.splitlines() if "deprecated" in line])
#> [':func:`torch.chain_matmul` is deprecated and will be removed in a future PyTorch release.']
