import torch

z = torch.tensor([1 + 2j, 3 - 4j])
zc = z.conj()
for call in (lambda: zc.numpy(), lambda: torch.view_as_real(zc), lambda: zc.imag.numpy()):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(".")[0])
        #> RuntimeError Can't call numpy() on Tensor that has conjugate bit set
        #> RuntimeError view_as_real doesn't work on unresolved conjugated tensors
        #> RuntimeError Can't call numpy() on Tensor that has negative bit set
print(torch.resolve_conj(zc).numpy())
#> [1.-2.j 3.+4.j]
print(torch.view_as_real(torch.resolve_conj(zc)))
#> tensor([[ 1., -2.],
#>         [ 3.,  4.]])
print(torch.resolve_neg(zc.imag).numpy())
#> [-2.  4.]
