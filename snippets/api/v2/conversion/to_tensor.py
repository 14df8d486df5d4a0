import warnings

import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
# %%
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = v2.ToTensor()
for w in caught:
    print(w.category.__name__ + ":", *str(w.message).replace(".Output", ". Output").split(". "), sep="\n  ")
    #> UserWarning:
    #>   The transform `ToTensor()` is deprecated and will be removed in a future release
    #>   Instead, please use `v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])`
    #>   Output is equivalent up to float precision.
new = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
a, b = old(pil), new(pil)
for name, t in (("ToTensor", a), ("ToImage+ToDtype", b)):
    print(f"{name:15}", type(t).__name__, t.dtype, tuple(t.shape), f"{t.min().item():.4f} to {t.max().item():.4f}")
    #> ToTensor        Tensor torch.float32 (3, 150, 128) 0.0314 to 1.0000
    #> ToImage+ToDtype Image torch.float32 (3, 150, 128) 0.0314 to 1.0000
print("allclose:", torch.allclose(a, b), f"| max diff {(a - b).abs().max().item():.1e}")
#> allclose: True | max diff 6.0e-08

print("ndarray in, same result:", torch.equal(old(np.array(pil)), a))
#> ndarray in, same result: True
tensor = v2.PILToTensor()(pil)
print("uint8 tensor in:", old(tensor).dtype, "| returned as is:", old(tensor) is tensor)
#> uint8 tensor in: torch.uint8 | returned as is: True
