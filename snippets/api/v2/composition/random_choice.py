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
from collections import Counter

choice = v2.RandomChoice(
    [v2.RandomInvert(p=1.0), v2.RandomSolarize(threshold=128, p=1.0), v2.RandomPosterize(bits=2, p=1.0)], p=[2, 1, 1]
)
print("p =", choice.p)
#> p = [0.5, 0.25, 0.25]
results = {"invert": 255 - image, "solarize": torch.where(image >= 128, 255 - image, image), "posterize": image & 0b11000000}


def which(out):
    return next(name for name, result in results.items() if torch.equal(out, result))


outs = []
for seed in range(6):
    torch.manual_seed(seed)
    outs.append(choice(image))
print("seeds 0-5:", [which(out) for out in outs])
#> seeds 0-5: ['posterize', 'invert', 'solarize', 'invert', 'posterize', 'solarize']
torch.manual_seed(0)
counts = Counter(which(choice(image)) for _ in range(200))
print("200 calls:", {name: counts[name] for name in results}, "| total:", counts.total())
#> 200 calls: {'invert': 99, 'solarize': 41, 'posterize': 60} | total: 200
try:
    v2.RandomChoice([v2.RandomInvert(p=1.0), v2.RandomSolarize(threshold=128, p=1.0)], p=[0.5])
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: Length of p doesn't match the number of transforms: 1 != 2

save_row(outs[:4], "random_choice.jpg")
#> <image random_choice.jpg 532x158>
