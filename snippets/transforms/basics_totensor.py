import warnings

import torch
import torchvision.transforms as T
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    img = f.convert("RGB")

old = T.ToTensor()(img)
new = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])(img)

for name, t in (("v1 ToTensor", old), ("v2 ToImage+ToDtype", new)):
    print(f"{name:19}", tuple(t.shape), t.dtype, t.min().item(), t.max().item())
    #> v1 ToTensor         (3, 600, 512) torch.float32 0.0 1.0
    #> v2 ToImage+ToDtype  (3, 600, 512) torch.float32 0.0 1.0
print("allclose:", torch.allclose(old, new), f"max diff: {(old - new).abs().max().item():.1e}")
#> allclose: True max diff: 6.0e-08

for name, cls in (("v1 ToTensor", T.ToTensor), ("v2 ToTensor", v2.ToTensor)):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cls()(img)
    print(name, "->", [f"{w.category.__name__}: {str(w.message).split('.')[0]}" for w in caught])
    #> v1 ToTensor -> []
    #> v2 ToTensor -> ['UserWarning: The transform `ToTensor()` is deprecated and will be removed in a future release']

back = v2.ToPILImage()(new)
print(isinstance(back, Image.Image), back.mode, back.size, back.tobytes() == img.tobytes())
#> True RGB (512, 600) True
