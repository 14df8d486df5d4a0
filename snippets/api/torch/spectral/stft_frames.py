import torch

torch.manual_seed(0)
x = torch.randn(810)
n_fft = 64
window = torch.hann_window(n_fft)

spec = torch.stft(x, n_fft, window=window, return_complex=True)
print(tuple(spec.shape), (n_fft // 2 + 1, 1 + 810 // (n_fft // 4)))
#> (33, 51) (33, 51)

spec = torch.stft(x, n_fft, hop_length=32, window=window, center=False, return_complex=True)
print(tuple(spec.shape), (n_fft // 2 + 1, 1 + (810 - n_fft) // 32))
#> (33, 24) (33, 24)

spec = torch.stft(x, n_fft, window=window, onesided=False, return_complex=True)
print(tuple(spec.shape))
#> (64, 51)
batch = torch.stft(torch.randn(4, 810), n_fft, window=window, return_complex=True)
print(tuple(batch.shape))
#> (4, 33, 51)
