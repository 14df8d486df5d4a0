import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    pil = f.convert("RGB")
tensor = v2.functional.pil_to_tensor(pil)
batch = torch.stack([tensor] * 4)

resize_crop = v2.Compose([v2.Resize(256), v2.CenterCrop(224)])

print("PIL    ", pil.size, "->", resize_crop(pil).size)
#> PIL     (512, 600) -> (224, 224)
print("tensor ", tuple(tensor.shape), tensor.dtype, "->", tuple(resize_crop(tensor).shape))
#> tensor  (3, 600, 512) torch.uint8 -> (3, 224, 224)
print("batch  ", tuple(batch.shape), "->", tuple(resize_crop(batch).shape))
#> batch   (4, 3, 600, 512) -> (4, 3, 224, 224)

from_pil = v2.functional.pil_to_tensor(resize_crop(pil)).int()
from_tensor = resize_crop(tensor).int()
print("max pixel difference:", (from_pil - from_tensor).abs().max().item())
#> max pixel difference: 0
