import torch

z = torch.tensor([1 + 2j, 3 - 1j])
c = z.conj()
copied = z.conj().resolve_conj()
z[0] = 10 + 10j
print(c)
#> tensor([10.-10.j,  3.+1.j])
print(copied)
#> tensor([1.-2.j, 3.+1.j])
try:
    torch.view_as_real(c)
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).split(".")[0])
    #> RuntimeError: view_as_real doesn't work on unresolved conjugated tensors
print(torch.view_as_real(c.resolve_conj()))
#> tensor([[ 10., -10.],
#>         [  3.,   1.]])
