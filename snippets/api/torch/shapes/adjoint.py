import torch

z = torch.tensor([[1 + 2j, 3 - 1j, 0 + 1j],
                  [2 + 0j, 1 - 1j, 4 + 3j]])
a = torch.adjoint(z)
print(z.shape, "->", a.shape)
#> torch.Size([2, 3]) -> torch.Size([3, 2])
print(a)
#> tensor([[1.-2.j, 2.-0.j],
#>         [3.+1.j, 1.+1.j],
#>         [0.-1.j, 4.-3.j]])
print(torch.equal(a, z.transpose(-2, -1).conj()), a.is_conj())
#> True True
print(a.data_ptr() == z.data_ptr())
#> True

batch = torch.arange(12.0).reshape(2, 2, 3)
print(torch.adjoint(batch).shape, torch.equal(torch.adjoint(batch), batch.mT))
#> torch.Size([2, 3, 2]) True

try:
    torch.adjoint(torch.arange(3.0))
except RuntimeError as e:
    print(type(e).__name__, str(e).split(". ")[0])
    #> RuntimeError tensor.adjoint() is only supported on matrices or batches of matrices
