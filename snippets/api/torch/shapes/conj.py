import torch

z = torch.tensor([1 + 2j, 3 - 1j, -2j])
c = torch.conj(z)
print(c)
#> tensor([1.-2.j, 3.+1.j, -0.+2.j])
print(c.is_conj(), c.data_ptr() == z.data_ptr())
#> True True
r = c.resolve_conj()
print(r.is_conj(), r.data_ptr() == z.data_ptr(), torch.equal(r, c))
#> False False True

x = torch.tensor([1.0, 2.0, 3.0])
print(torch.conj(x) is x)
#> True
