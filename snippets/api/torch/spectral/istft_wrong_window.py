import warnings

import torch

torch.manual_seed(0)
x = torch.randn(810)
spec = torch.stft(x, 64, window=torch.hann_window(64), return_complex=True)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = torch.istft(spec, 64, length=810)
    print(str(caught[0].message).split(".")[0])
    #> A window was not provided
print(round((y - x).abs().max().item(), 1), round(x.abs().max().item(), 1), torch.allclose(y, x, atol=1e-5))
#> 2.1 4.1 False

y = torch.istft(spec, 64, window=torch.hann_window(64), length=810)
print(torch.allclose(y, x, atol=1e-5))
#> True
