import torch

z = torch.tensor([1 + 2j, 3 - 4j])
zc = z.conj()
print(zc, zc.is_conj(), zc.data_ptr() == z.data_ptr())
#> tensor([1.-2.j, 3.+4.j]) True True
rc = torch.resolve_conj(zc)
print(rc.is_conj(), rc.data_ptr() == z.data_ptr(), torch.equal(rc, zc))
#> False False True
print(torch.resolve_conj(z) is z)
#> True

im = zc.imag
print(im, im.is_neg())
#> tensor([-2.,  4.]) True
rn = torch.resolve_neg(im)
print(rn.is_neg(), rn.data_ptr() == im.data_ptr(), torch.equal(rn, im))
#> False False True
re = z.real
print(re.is_neg(), torch.resolve_neg(re) is re)
#> False True
