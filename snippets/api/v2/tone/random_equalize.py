import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
import torchvision.transforms


def quarters(t):
    return [round(s, 2) for s in (torch.bincount(t.flatten() // 64, minlength=4) / t.numel()).tolist()]


equalized = v2.RandomEqualize(p=1.0)(image)
print("share of values in 0-63, 64-127, 128-191, 192-255:", quarters(image), "->", quarters(equalized))
#> share of values in 0-63, 64-127, 128-191, 192-255: [0.53, 0.2, 0.16, 0.11] -> [0.26, 0.24, 0.25, 0.25]
red, v = image[0], image[0, 60, 64].item()
print(f"red {v} -> {equalized[0, 60, 64].item()} | 255 * share of red values below {v}: {255 * (red < v).float().mean():.1f}")
#> red 209 -> 229 | 255 * share of red values below 209: 228.0

coin = v2.RandomEqualize()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), equalized))
print("p =", coin.p, "| seeds 0-5, equalized:", draws)
#> p = 0.5 | seeds 0-5, equalized: [True, False, False, True, False, False]

float_image = v2.functional.to_dtype(image, torch.float32, scale=True)
out = v2.RandomEqualize(p=1.0)(float_image)
print("float32 in:", out.dtype, "| same as uint8 result / 255:",
      torch.equal(out, v2.functional.to_dtype(equalized, torch.float32, scale=True)))
#> float32 in: torch.float32 | same as uint8 result / 255: True
try:
    torchvision.transforms.RandomEqualize(p=1.0)(float_image.as_subclass(torch.Tensor))
except TypeError as e:
    print("torchvision.transforms (v1):", e)
    #> torchvision.transforms (v1): Only torch.uint8 image tensors are supported, but found torch.float32

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
kinds = [type(v2.RandomEqualize(p=1.0)(x)) for x in (pil, image.as_subclass(torch.Tensor), image)]
print("PIL, plain tensor, Image ->", [f"{k.__module__.split('.')[0]}.{k.__name__}" for k in kinds])
#> PIL, plain tensor, Image -> ['PIL.Image', 'torch.Tensor', 'torchvision.Image']

save_row([image, equalized], "random_equalize.jpg")
#> <image random_equalize.jpg 268x158>
