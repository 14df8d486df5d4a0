import torch

z = torch.tensor([1 + 2j, 3 - 4j])
re, im = torch.real(z), torch.imag(z)
print(re, im, re.dtype)
#> tensor([1., 3.]) tensor([ 2., -4.]) torch.float32
print(re.untyped_storage().data_ptr() == z.untyped_storage().data_ptr())
#> True

re[0] = 100.0
z.imag[1] = 0.0
print(z)
#> tensor([100.+2.j,   3.+0.j])

r = torch.tensor([1.0, 2.0])
print(torch.real(r) is r)
#> True
try:
    torch.imag(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:60])
    #> RuntimeError imag is not implemented for tensors with non-complex dtypes.
