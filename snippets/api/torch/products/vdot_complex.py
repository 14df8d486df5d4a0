import numpy as np
import torch

a = torch.tensor([1 + 2j, 3 - 1j])
b = torch.tensor([2 + 1j, 4 + 0j])
print(torch.vdot(a, b), np.vdot(a.numpy(), b.numpy()))
#> tensor(16.+1.j) (16+1j)
print(torch.dot(a, b), np.dot(a.numpy(), b.numpy()))
#> tensor(12.+1.j) (12+1j)
print(torch.equal(torch.vdot(a, b), torch.dot(a.conj(), b)))
#> True
print(torch.vdot(a, a), 1 ** 2 + 2 ** 2 + 3 ** 2 + 1 ** 2)
#> tensor(15.+0.j) 15
x = torch.tensor([1., 2.])
print(torch.vdot(x, x), torch.dot(x, x))
#> tensor(5.) tensor(5.)
