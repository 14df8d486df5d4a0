import torch

z = torch.tensor([1 + 2j, 3 + 0j])
r = torch.tensor([1.0, 2.0])
print(z.dtype, torch.is_complex(z), z.is_complex())
#> torch.complex64 True True
print(r.dtype, torch.is_complex(r))
#> torch.float32 False
print(torch.is_complex(torch.tensor([1 + 0j])), torch.is_complex(torch.tensor([1, 2])))
#> True False
print(z.abs().dtype, torch.is_complex(z.abs()), torch.is_complex(z.real))
#> torch.float32 False False
print(torch.is_complex(torch.complex(r, r)), torch.is_complex(torch.view_as_complex(torch.ones(3, 2))))
#> True True
