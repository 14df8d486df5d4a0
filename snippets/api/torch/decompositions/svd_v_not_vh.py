import numpy as np
import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
A = torch.randn(4, 3)
U, S, V = torch.svd(A)
print(torch.allclose(U @ torch.diag(S) @ V.mT, A), torch.allclose(U @ torch.diag(S) @ V, A))
#> True False

U2, S2, Vh = torch.linalg.svd(A, full_matrices=False)
print(torch.allclose(U2 @ torch.diag(S2) @ Vh, A), torch.allclose(Vh, V.mT), torch.allclose(Vh, V))
#> True True False
print(np.allclose(S.numpy(), np.linalg.svd(A.numpy(), compute_uv=False)))
#> True
