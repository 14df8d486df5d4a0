import torch

torch.manual_seed(0)
x = torch.randn(810)
n_fft = 64
window = torch.hann_window(n_fft)
spec = torch.stft(x, n_fft, window=window, return_complex=True)

y = torch.istft(spec, n_fft, window=window, length=x.numel())
print(y.shape, (y - x).abs().max().item() < 1e-5, torch.allclose(y, x, atol=1e-5))
#> torch.Size([810]) True True

short = torch.istft(spec, n_fft, window=window)
print(short.shape, (spec.shape[1] - 1) * (n_fft // 4))
#> torch.Size([800]) 800
print(torch.allclose(short, x[:800], atol=1e-5))
#> True
