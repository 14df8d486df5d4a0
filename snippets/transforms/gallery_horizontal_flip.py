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
flip = v2.RandomHorizontalFlip(p=0.5)
mirrored = v2.functional.horizontal_flip(img)
results = []
for seed in range(4):
    torch.manual_seed(seed)
    out = flip(img)
    results.append(out)
    print(f"seed {seed}: flipped={out.equal(mirrored)}")
    #> seed 0: flipped=True
    #> seed 1: flipped=False
    #> seed 2: flipped=False
    #> seed 3: flipped=True
print("output:", tuple(results[0].shape), results[0].dtype)
#> output: (3, 150, 128) torch.uint8

save_grid([img] + results, "horizontal_flip.jpg")
#> <image horizontal_flip.jpg 664x158>
