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

posterized = v2.RandomPosterize(bits=2, p=1.0)(image)
print("bits=2, pixel (row 60, col 64):", image[:, 60, 64].tolist(), "->", posterized[:, 60, 64].tolist())
#> bits=2, pixel (row 60, col 64): [209, 125, 91] -> [192, 64, 64]
print("x & 0b11000000:", torch.equal(posterized, image & 0b11000000), "| values:", posterized.unique().tolist())
#> x & 0b11000000: True | values: [0, 64, 128, 192]
print("bits=8 unchanged:", torch.equal(v2.RandomPosterize(bits=8, p=1.0)(image), image),
      "| bits=0 all zero:", v2.RandomPosterize(bits=0, p=1.0)(image).max().item() == 0)
#> bits=8 unchanged: True | bits=0 all zero: True

coin = v2.RandomPosterize(bits=2)
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), posterized))
print("p =", coin.p, "| seeds 0-5, posterized:", draws)
#> p = 0.5 | seeds 0-5, posterized: [True, False, False, True, False, False]

float_image = v2.functional.to_dtype(image, torch.float32, scale=True)
out = v2.RandomPosterize(bits=2, p=1.0)(float_image)
print("float32 in:", out.dtype, "| values:", out.unique().tolist())
#> float32 in: torch.float32 | values: [0.0, 0.25, 0.5, 0.75]
print("floor(4x) / 4:", torch.equal(out, (float_image * 4).floor().clamp(max=3) / 4))
#> floor(4x) / 4: True
try:
    torchvision.transforms.RandomPosterize(bits=2, p=1.0)(float_image.as_subclass(torch.Tensor))
except TypeError as e:
    print("torchvision.transforms (v1):", e)
    #> torchvision.transforms (v1): Only torch.uint8 image tensors are supported, but found torch.float32

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
kinds = [type(v2.RandomPosterize(bits=2, p=1.0)(x)) for x in (pil, image.as_subclass(torch.Tensor), image)]
print("PIL, plain tensor, Image ->", [f"{k.__module__.split('.')[0]}.{k.__name__}" for k in kinds])
#> PIL, plain tensor, Image -> ['PIL.Image', 'torch.Tensor', 'torchvision.Image']

save_row([image, posterized, v2.RandomPosterize(bits=1, p=1.0)(image)], "random_posterize.jpg")
#> <image random_posterize.jpg 400x158>
