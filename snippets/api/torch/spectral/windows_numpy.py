import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import torch
from PIL import Image

n = 51
pairs = [
    (torch.bartlett_window, np.bartlett),
    (torch.blackman_window, np.blackman),
    (torch.hamming_window, np.hamming),
    (torch.hann_window, np.hanning),
]
fig, ax = plt.subplots(figsize=(6, 3.75), dpi=80)
for fn, ref in pairs:
    w = fn(n, periodic=False, dtype=torch.float64)
    print(fn.__name__, np.allclose(w.numpy(), ref(n)))
    #> bartlett_window True
    #> blackman_window True
    #> hamming_window True
    #> hann_window True
    ax.plot(w, label=fn.__name__)
w = torch.kaiser_window(n, periodic=False, beta=12.0, dtype=torch.float64)
print("kaiser_window", np.allclose(w.numpy(), np.kaiser(n, 12.0)))
#> kaiser_window True
ax.plot(w, label="kaiser_window")
ax.set_xlabel("sample")
ax.legend(fontsize=9)
fig.tight_layout()
fig.savefig("windows.png")
Image.open("windows.png").convert("RGB").quantize(64).save("windows.png")

print(torch.hann_window(5, periodic=False))
#> tensor([0.0000, 0.5000, 1.0000, 0.5000, 0.0000])
print(torch.allclose(torch.hamming_window(5, False, 0.5, 0.5), torch.hann_window(5, periodic=False)))
#> True
print(torch.hann_window(5).dtype)
#> torch.float32
#> <image windows.png 480x300>
