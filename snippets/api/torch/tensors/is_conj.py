import torch

z = torch.tensor([1 + 2j, 3 - 1j])
c = z.conj()
print(c, torch.is_conj(z), torch.is_conj(c))
#> tensor([1.-2.j, 3.+1.j]) False True
print(c.data_ptr() == z.data_ptr())
#> True
r = c.resolve_conj()
print(r, torch.is_conj(r), r.data_ptr() == z.data_ptr())
#> tensor([1.-2.j, 3.+1.j]) False False
print(torch.equal(r, c), torch.is_conj(torch.conj_physical(z)))
#> True False
real = torch.tensor([1.0, 2.0])
print(torch.is_conj(real.conj()), real.conj() is real)
#> False True
