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
solarized = v2.RandomSolarize(threshold=128, p=1.0)(image)
print("threshold=128, pixel (row 60, col 64):", image[:, 60, 64].tolist(), "->", solarized[:, 60, 64].tolist())
#> threshold=128, pixel (row 60, col 64): [209, 125, 91] -> [46, 125, 91]
print("x >= 128 -> 255 - x, else x:", torch.equal(solarized, torch.where(image >= 128, 255 - image, image)))
#> x >= 128 -> 255 - x, else x: True

coin = v2.RandomSolarize(threshold=128)
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), solarized))
print("p =", coin.p, "| seeds 0-5, solarized:", draws)
#> p = 0.5 | seeds 0-5, solarized: [True, False, False, True, False, False]

float_image = v2.functional.to_dtype(image, torch.float32, scale=True)
out = v2.RandomSolarize(threshold=0.5, p=1.0)(float_image)
print("float32, threshold=0.5: same pixels flipped as uint8 with 128:", torch.equal(out != float_image, solarized != image))
#> float32, threshold=0.5: same pixels flipped as uint8 with 128: True
try:
    v2.RandomSolarize(threshold=128, p=1.0)(float_image)
except TypeError as e:
    print("float32, threshold=128:", e)
    #> float32, threshold=128: Threshold should be less or equal the maximum value of the dtype, but got 128
out = v2.RandomSolarize(threshold=0.5, p=1.0)(image)
print(f"uint8, threshold=0.5: {(out != image).float().mean():.0%} of values flipped, same as invert:", torch.equal(out, 255 - image))
#> uint8, threshold=0.5: 100% of values flipped, same as invert: True

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
kinds = [type(v2.RandomSolarize(threshold=128, p=1.0)(x)) for x in (pil, image.as_subclass(torch.Tensor), image)]
print("PIL, plain tensor, Image ->", [f"{k.__module__.split('.')[0]}.{k.__name__}" for k in kinds])
#> PIL, plain tensor, Image -> ['PIL.Image', 'torch.Tensor', 'torchvision.Image']

save_row([image, v2.RandomSolarize(threshold=192, p=1.0)(image), solarized], "random_solarize.jpg")
#> <image random_solarize.jpg 400x158>
