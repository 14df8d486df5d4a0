import torch

torch.set_printoptions(precision=4)
S = torch.tensor([[2.0, 1.0],
                  [1.0, 2.0]])
eigenvalues, eigenvectors = torch.linalg.eigh(S)
print(eigenvalues)
#> tensor([1., 3.])
rebuilt = eigenvectors @ torch.diag(eigenvalues) @ eigenvectors.T
print(torch.allclose(rebuilt, S, atol=1e-6))
#> True

A = torch.randn(4, 3, generator=torch.Generator().manual_seed(0))
U, s, Vh = torch.linalg.svd(A, full_matrices=False)
print(U.shape, s.shape, Vh.shape)
#> torch.Size([4, 3]) torch.Size([3]) torch.Size([3, 3])
print(torch.allclose(U @ torch.diag(s) @ Vh, A, atol=1e-6))
#> True
print(bool((s[:-1] >= s[1:]).all()))
#> True
