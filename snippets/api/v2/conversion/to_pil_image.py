import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
image = v2.ToImage()(pil)
# %%
back = v2.ToPILImage()(image)
print(f"{type(back).__module__.split('.')[0]}.{type(back).__name__}", back.mode, "size (W, H):", back.size, "| same pixels:", back.tobytes() == pil.tobytes())
#> PIL.Image RGB size (W, H): (128, 150) | same pixels: True
scaled = v2.ToDtype(torch.float32, scale=True)(image)
print("float 0-1 in:", v2.ToPILImage()(scaled).mode, "| same pixels:", v2.ToPILImage()(scaled).tobytes() == pil.tobytes())
#> float 0-1 in: RGB | same pixels: True
print("ndarray (H, W, C) in:", v2.ToPILImage()(np.array(pil)).tobytes() == pil.tobytes())
#> ndarray (H, W, C) in: True
print("PIL in, returned as is:", v2.ToPILImage()(pil) is pil)
#> PIL in, returned as is: True
four = torch.cat([image, image[:1]])
print("mode by channels:", {c: v2.ToPILImage()(four[:c]).mode for c in (1, 2, 3, 4)})
#> mode by channels: {1: 'L', 2: 'LA', 3: 'RGB', 4: 'RGBA'}
print("mode='L', 1 channel:", v2.ToPILImage(mode="L")(image[:1]).mode)
#> mode='L', 1 channel: L
try:
    v2.ToPILImage(mode="L")(image)
except ValueError as error:
    print("mode='L', 3 channels: ValueError:", error)
    #> mode='L', 3 channels: ValueError: Only modes ['RGB', 'YCbCr', 'HSV'] are supported for 3D inputs

wrong = v2.ToPILImage()(image.float())
print("float 0-255 in: pixel (0, 0)", wrong.getpixel((0, 0)), "instead of", pil.getpixel((0, 0)))
#> float 0-255 in: pixel (0, 0) (229, 226, 168) instead of (27, 30, 88)
print("x * 255 % 256:", [v * 255 % 256 for v in pil.getpixel((0, 0))])
#> x * 255 % 256: [229, 226, 168]
