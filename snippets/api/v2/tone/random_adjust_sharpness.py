import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torch.nn.functional import conv2d
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
sharper = v2.RandomAdjustSharpness(sharpness_factor=4, p=1.0)(image)
blurry = v2.RandomAdjustSharpness(sharpness_factor=0, p=1.0)(image)
x = image.float()
smooth = conv2d(x[:, None], (torch.tensor([[1.0, 1, 1], [1, 5, 1], [1, 1, 1]]) / 13)[None, None]).round()[:, 0]
expected = x.clone()
expected[:, 1:-1, 1:-1] = (smooth + 4 * (x[:, 1:-1, 1:-1] - smooth)).clamp(0, 255)
print("pixel (row 60, col 64):", image[:, 60, 64].tolist(), "-> factor 0:", blurry[:, 60, 64].tolist(),
      "| factor 4:", sharper[:, 60, 64].tolist())
#> pixel (row 60, col 64): [209, 125, 91] -> factor 0: [201, 120, 90] | factor 4: [233, 140, 94]
print("factor 4 = blur + 4 * (x - blur):", torch.equal(sharper, expected.to(torch.uint8)))
#> factor 4 = blur + 4 * (x - blur): True
print("factor 0 = blur:", torch.equal(blurry[:, 1:-1, 1:-1], smooth.to(torch.uint8)),
      "| factor 1 = x:", torch.equal(v2.RandomAdjustSharpness(sharpness_factor=1, p=1.0)(image), image))
#> factor 0 = blur: True | factor 1 = x: True
print("1-pixel border unchanged:", torch.equal(sharper[:, [0, -1]], image[:, [0, -1]]),
      torch.equal(sharper[:, :, [0, -1]], image[:, :, [0, -1]]))
#> 1-pixel border unchanged: True True

coin = v2.RandomAdjustSharpness(sharpness_factor=4)
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    out = coin(image)
    draws.append("sharpened" if torch.equal(out, sharper) else "unchanged" if torch.equal(out, image) else "other")
print("p =", coin.p, "| seeds 0-5:", draws)
#> p = 0.5 | seeds 0-5: ['sharpened', 'unchanged', 'unchanged', 'sharpened', 'unchanged', 'unchanged']

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
kinds = [type(v2.RandomAdjustSharpness(sharpness_factor=4, p=1.0)(x)) for x in (pil, image.as_subclass(torch.Tensor), image)]
print("PIL, plain tensor, Image ->", [f"{k.__module__.split('.')[0]}.{k.__name__}" for k in kinds])
#> PIL, plain tensor, Image -> ['PIL.Image', 'torch.Tensor', 'torchvision.Image']

save_row([image, blurry, sharper], "random_adjust_sharpness.jpg")
#> <image random_adjust_sharpness.jpg 400x158>
