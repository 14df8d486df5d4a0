import warnings

import torch

print([line.strip() for line in torch.norm.__doc__.splitlines() if "deprecated" in line][0])
#> torch.norm is deprecated and may be removed in a future PyTorch release.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.norm(torch.ones(3))
print(len(caught))
#> 0

m = torch.tensor([[1., 2.],
                  [3., 4.]])
print(torch.norm(m), torch.linalg.matrix_norm(m), (1 + 4 + 9 + 16) ** 0.5)
#> tensor(5.4772) tensor(5.4772) 5.477225575051661
print(torch.norm(m, p=1, dim=1), torch.linalg.vector_norm(m, ord=1, dim=1))
#> tensor([3., 7.]) tensor([3., 7.])
print(torch.norm(m, dim=0, keepdim=True).shape)
#> torch.Size([1, 2])
print(torch.allclose(torch.norm(m, p="nuc"), torch.linalg.matrix_norm(m, ord="nuc")))
#> True
