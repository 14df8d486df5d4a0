import torch
from matplotlib import cbook
from PIL import Image
from torchvision import transforms as v1, tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
erase = v2.RandomErasing(p=1.0)
erased = []
for seed in range(3):
    torch.manual_seed(seed)
    out = erase(image)
    rows, cols = (out != image).any(0).nonzero().T
    top, left = rows.min().item(), cols.min().item()
    h, w = rows.max().item() + 1 - top, cols.max().item() + 1 - left
    area = h * w / (150 * 128)
    print(f"seed {seed}: top={top} left={left} h={h} w={w} area {area:.3f} in scale: {0.02 <= area <= 0.33}",
          "| = erase(image, top, left, h, w, 0):", torch.equal(out, v2.functional.erase(image, top, left, h, w, torch.tensor(0))))
    #> seed 0: top=24 left=12 h=43 w=116 area 0.260 in scale: True | = erase(image, top, left, h, w, 0): True
    #> seed 1: top=14 left=19 h=40 w=51 area 0.106 in scale: True | = erase(image, top, left, h, w, 0): True
    #> seed 2: top=54 left=8 h=61 w=44 area 0.140 in scale: True | = erase(image, top, left, h, w, 0): True
    erased.append(out)

draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(not torch.equal(v2.RandomErasing()(image), image))
print("p=0.5, seeds 0-5, erased:", draws)
#> p=0.5, seeds 0-5, erased: [True, False, False, True, False, False]

x = v2.ToDtype(torch.float32, scale=True)(image)
torch.manual_seed(0)
noisy = v2.RandomErasing(p=1.0, value="random")(x)
noise = noisy[noisy != x]
print(f"value='random' on float: mean {noise.mean():.2f}, std {noise.std():.2f}, outside [0, 1]: {((noise < 0) | (noise > 1)).float().mean():.0%}")
#> value='random' on float: mean 0.00, std 1.00, outside [0, 1]: 67%
torch.manual_seed(0)
noisy_uint8 = v2.RandomErasing(p=1.0, value="random")(image)
print("value='random' on uint8: distinct values", noisy_uint8[noisy_uint8 != image].unique().numel(), "of 256")
#> value='random' on uint8: distinct values 8 of 256

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor)):
    torch.manual_seed(0)
    out = erase(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}",
          "| erased:", not torch.equal(v2.functional.to_image(out), v2.functional.to_image(x)))
    #> PIL.Image -> PIL.Image | erased: True
    #> torch.Tensor -> torch.Tensor | erased: True
try:
    v1.RandomErasing(p=1.0)(pil)
except AttributeError as error:
    print("old transforms.RandomErasing, PIL:", type(error).__name__, error)
    #> old transforms.RandomErasing, PIL: AttributeError 'Image' object has no attribute 'shape'

save_row([image, *erased[:2], v2.ToDtype(torch.uint8, scale=True)(noisy.clamp(0, 1))], "random_erasing.jpg")
#> <image random_erasing.jpg 532x158>
