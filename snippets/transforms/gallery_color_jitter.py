import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_grid(images, name):
    grid = make_grid(images, nrow=len(images), padding=4, pad_value=255)
    v2.functional.to_pil_image(grid).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    img = v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB")))
print("input:", tuple(img.shape), img.dtype)
#> input: (3, 150, 128) torch.uint8

# %%
jitter = v2.ColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.1)
results = []
for seed in range(4):
    torch.manual_seed(seed)
    results.append(jitter(img))
for seed, out in enumerate(results):
    print(f"seed {seed}: {tuple(out.shape)} {out.dtype} mean {out.float().mean():.1f}")
    #> seed 0: (3, 150, 128) torch.uint8 mean 49.2
    #> seed 1: (3, 150, 128) torch.uint8 mean 96.4
    #> seed 2: (3, 150, 128) torch.uint8 mean 78.2
    #> seed 3: (3, 150, 128) torch.uint8 mean 40.6
print("input mean:", round(img.float().mean().item(), 1))
#> input mean: 80.5

save_grid([img] + results, "color_jitter.jpg")
#> <image color_jitter.jpg 664x158>
