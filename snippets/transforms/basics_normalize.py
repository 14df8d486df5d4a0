import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    img = v2.functional.pil_to_tensor(f.convert("RGB"))
x = v2.functional.to_dtype(img, torch.float32, scale=True)


def per_channel(t):
    return [round(v, 2) + 0.0 for v in t.tolist()]


own_mean = x.mean(dim=(1, 2)).tolist()
own_std = x.std(dim=(1, 2)).tolist()
print("image stats: mean", per_channel(x.mean(dim=(1, 2))), "std", per_channel(x.std(dim=(1, 2))))
#> image stats: mean [0.32, 0.28, 0.34] std [0.31, 0.27, 0.29]

for name, mean, std in (
    ("own", own_mean, own_std),
    ("ImageNet", [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
):
    y = v2.Normalize(mean, std)(x)
    print(f"{name:8} -> mean", per_channel(y.mean(dim=(1, 2))), "std", per_channel(y.std(dim=(1, 2))))
    #> own      -> mean [0.0, 0.0, 0.0] std [1.0, 1.0, 1.0]
    #> ImageNet -> mean [-0.71, -0.77, -0.3] std [1.36, 1.19, 1.3]

try:
    v2.Normalize([0.5] * 3, [0.5] * 3)(img)
except TypeError as e:
    print("uint8 input:", e)
    #> uint8 input: Input tensor should be a float tensor. Got torch.uint8.
