import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h = max(i.shape[1] for i in images)
    w = max(i.shape[2] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[2], h - i.shape[1]], fill=255) for i in images]
    grid = make_grid(padded, nrow=len(padded), padding=4, pad_value=255)
    v2.functional.to_pil_image(grid).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    img = v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB")))
print("input:", tuple(img.shape), img.dtype)
#> input: (3, 150, 128) torch.uint8

# %%
crop = v2.RandomResizedCrop(100, scale=(0.08, 1.0), ratio=(3 / 4, 4 / 3))
results = []
for seed in range(4):
    torch.manual_seed(seed)
    params = crop.make_params([img])
    torch.manual_seed(seed)
    out = crop(img)
    results.append(out)
    area = params["height"] * params["width"] / (img.shape[1] * img.shape[2])
    print(f"seed {seed}: box {params['height']}x{params['width']} ({area:.0%} of area) -> {tuple(out.shape)}")
    #> seed 0: box 94x110 (54% of area) -> (3, 100, 100)
    #> seed 1: box 130x115 (78% of area) -> (3, 100, 100)
    #> seed 2: box 115x108 (65% of area) -> (3, 100, 100)
    #> seed 3: box 45x36 (8% of area) -> (3, 100, 100)

save_row([img] + results, "random_resized_crop.jpg")
#> <image random_resized_crop.jpg 664x158>
