import torch

real = torch.tensor([1.0, 0.0, -2.0])
imag = torch.tensor([2.0, 1.0, 0.5])
z = torch.complex(real, imag)
print(z, z.dtype)
#> tensor([ 1.+2.0000j,  0.+1.0000j, -2.+0.5000j]) torch.complex64
print(torch.equal(z.real, real), torch.equal(z.imag, imag))
#> True True
print(torch.complex(real.double(), imag.double()).dtype)
#> torch.complex128
print(torch.equal(z, real + 1j * imag))
#> True
