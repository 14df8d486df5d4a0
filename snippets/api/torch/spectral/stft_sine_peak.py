import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import torch

sr = 800
n_fft = 64
t = torch.arange(2 * sr) / sr
freq = torch.where(t < 1, 100.0, 250.0)
x = torch.sin(2 * math.pi * freq * t)
window = torch.hann_window(n_fft)
spec = torch.stft(x, n_fft, window=window, return_complex=True)
mag = spec.abs()
print(spec.shape, spec.dtype)
#> torch.Size([33, 101]) torch.complex64
print(mag[:, 10].argmax().item(), 100 * n_fft / sr)
#> 8 8.0
print(mag[:, 90].argmax().item(), 250 * n_fft / sr)
#> 20 20.0
print(round(mag[8, 10].item(), 3), window.sum().item() / 2)
#> 16.0 16.0

seconds = torch.arange(mag.shape[1]) * (n_fft // 4) / sr
hertz = torch.arange(mag.shape[0]) * sr / n_fft
fig, ax = plt.subplots(figsize=(6, 3.75), dpi=80)
ax.pcolormesh(seconds, hertz, mag, shading="auto")
ax.set_xlabel("time (s)")
ax.set_ylabel("frequency (Hz)")
fig.tight_layout()
fig.savefig("stft_spectrogram.png")
#> <image stft_spectrogram.png 480x300>
