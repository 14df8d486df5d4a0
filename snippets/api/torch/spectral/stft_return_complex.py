import math
import warnings

import torch

x = torch.sin(2 * math.pi * 100 * torch.arange(800) / 800)
window = torch.hann_window(64)
try:
    torch.stft(x, 64, window=window)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(",")[0])
    #> RuntimeError stft requires the return_complex parameter be given for real inputs

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = torch.stft(x, 64, window=window, return_complex=False)
    print(str(caught[0].message).splitlines()[0][:44])
    #> stft with return_complex=False is deprecated
spec = torch.stft(x, 64, window=window, return_complex=True)
print(old.shape, spec.shape, spec.dtype)
#> torch.Size([33, 51, 2]) torch.Size([33, 51]) torch.complex64
print(torch.equal(torch.view_as_real(spec), old))
#> True
