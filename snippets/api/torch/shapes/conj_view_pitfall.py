import torch

z = torch.tensor([1 + 2j, 3 - 1j, -2j])
c = torch.conj(z)
c[0] = 10 + 10j
print(z)
#> tensor([10.-10.j,  3.-1.j, -0.-2.j])

safe = torch.conj(z).clone()
safe[1] = 0j
print(z[1], safe.is_conj())
#> tensor(3.-1.j) False
