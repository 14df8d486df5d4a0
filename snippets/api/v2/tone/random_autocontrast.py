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
faded = tv_tensors.Image(
    (image * torch.tensor([0.5, 0.4, 0.3])[:, None, None] + torch.tensor([100, 60, 40])[:, None, None]).round().to(torch.uint8)
)
stretched = v2.RandomAutocontrast(p=1.0)(faded)
print("min, max per channel:", faded.amin((1, 2)).tolist(), faded.amax((1, 2)).tolist(),
      "->", stretched.amin((1, 2)).tolist(), stretched.amax((1, 2)).tolist())
#> min, max per channel: [104, 63, 42] [228, 162, 116] -> [0, 0, 0] [254, 254, 254]
x = faded.float()
lo, hi = x.amin((1, 2), keepdim=True), x.amax((1, 2), keepdim=True)
print("(x - min) * 255 / (max - min), truncated:", torch.equal(stretched, ((x - lo) / ((hi - lo) * (1 / 255))).to(torch.uint8)))
#> (x - min) * 255 / (max - min), truncated: True
float_faded = v2.functional.to_dtype(faded, torch.float32, scale=True)
lo, hi = float_faded.amin((1, 2), keepdim=True), float_faded.amax((1, 2), keepdim=True)
print("float32: (x - min) / (max - min):",
      torch.allclose(v2.RandomAutocontrast(p=1.0)(float_faded), (float_faded - lo) / (hi - lo)))
#> float32: (x - min) / (max - min): True
print("mean per channel:", [round(m) for m in faded.float().mean((1, 2)).tolist()], "->",
      [round(m) for m in stretched.float().mean((1, 2)).tolist()], "| photo:", [round(m) for m in image.float().mean((1, 2)).tolist()])
#> mean per channel: [141, 89, 66] -> [76, 66, 82] | photo: [83, 72, 86]

coin = v2.RandomAutocontrast()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(faded), stretched))
print("p =", coin.p, "| seeds 0-5, stretched:", draws)
#> p = 0.5 | seeds 0-5, stretched: [True, False, False, True, False, False]

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
kinds = [type(v2.RandomAutocontrast(p=1.0)(x)) for x in (pil, image.as_subclass(torch.Tensor), image)]
print("PIL, plain tensor, Image ->", [f"{k.__module__.split('.')[0]}.{k.__name__}" for k in kinds])
#> PIL, plain tensor, Image -> ['PIL.Image', 'torch.Tensor', 'torchvision.Image']

save_row([image, faded, stretched], "random_autocontrast.jpg")
#> <image random_autocontrast.jpg 400x158>
