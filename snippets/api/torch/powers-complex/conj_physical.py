import torch

z = torch.tensor([1 + 2j, 3 - 4j])
lazy = torch.conj(z)
copy = torch.conj_physical(z)
print(lazy.is_conj(), copy.is_conj())
#> True False
print(lazy.data_ptr() == z.data_ptr(), copy.data_ptr() == z.data_ptr())
#> True False
print(torch.equal(lazy, copy))
#> True

z[0] = 10 + 10j
print(lazy)
#> tensor([10.-10.j,  3.+4.j])
print(copy)
#> tensor([1.-2.j, 3.+4.j])

r = torch.tensor([1.0, 2.0])
print(torch.conj_physical(r) is r)
#> True
