import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
# %%
image = v2.ToImage()(pil)
print(type(image).__name__, image.dtype, tuple(image.shape), "values", image.min().item(), "to", image.max().item())
#> Image torch.uint8 (3, 150, 128) values 8 to 255
print("PIL size (W, H):", pil.size, "| pixel (0, 0):", pil.getpixel((0, 0)), "->", image[:, 0, 0].tolist())
#> PIL size (W, H): (128, 150) | pixel (0, 0): (27, 30, 88) -> [27, 30, 88]
hwc = np.array(pil)
print("ndarray", hwc.shape, "->", tuple(v2.ToImage()(hwc).shape), "equal:", torch.equal(v2.ToImage()(hwc), image))
#> ndarray (150, 128, 3) -> (3, 150, 128) equal: True
print("grayscale PIL ->", tuple(v2.ToImage()(pil.convert("L")).shape))
#> grayscale PIL -> (1, 150, 128)
out = v2.ToImage()({"image": pil, "labels": torch.tensor([1, 2])})
print("dict:", type(out["image"]).__name__, type(out["labels"]).__name__, out["labels"].tolist())
#> dict: Image Tensor [1, 2]

tensor_hwc = torch.from_numpy(hwc)
print("tensor", tuple(tensor_hwc.shape), "->", tuple(v2.ToImage()(tensor_hwc).shape))
#> tensor (150, 128, 3) -> (150, 128, 3)
print("permuted first:", tuple(v2.ToImage()(tensor_hwc.permute(2, 0, 1)).shape))
#> permuted first: (3, 150, 128)
