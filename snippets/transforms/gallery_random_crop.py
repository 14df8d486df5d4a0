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
crop = v2.RandomCrop(100, padding=20)
results = []
for seed in range(4):
    torch.manual_seed(seed)
    results.append(crop(img))
print("RandomCrop(100, padding=20):", len(results), "draws, shapes", {tuple(r.shape) for r in results})
#> RandomCrop(100, padding=20): 4 draws, shapes {(3, 100, 100)}

try:
    v2.RandomCrop(160)(img)
except ValueError as e:
    print("RandomCrop(160):", e)
    #> RandomCrop(160): Required crop size (160, 160) is larger than input image size (150, 128).
torch.manual_seed(0)
padded = v2.RandomCrop(160, pad_if_needed=True)(img)
print("RandomCrop(160, pad_if_needed=True):", tuple(padded.shape))
#> RandomCrop(160, pad_if_needed=True): (3, 160, 160)

save_row([img] + results, "random_crop.jpg")
#> <image random_crop.jpg 664x158>
