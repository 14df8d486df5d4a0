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
print("operations:", ", ".join(v2.RandAugment._AUGMENTATION_SPACE))
#> operations: Identity, ShearX, ShearY, TranslateX, TranslateY, Rotate, Brightness, Color, Contrast, Sharpness, Posterize, Solarize, AutoContrast, Equalize
for magnitude in (9, 0, 20, 30):
    outs = []
    for seed in (1, 2, 3, 4):
        torch.manual_seed(seed)
        outs.append(v2.RandAugment(magnitude=magnitude)(image))
    changes = [round((out.float() - image.float()).abs().mean().item(), 1) for out in outs]
    print(f"magnitude {magnitude:2d}, seeds 1-4: mean |change| {changes}")
    #> magnitude  9, seeds 1-4: mean |change| [60.4, 41.9, 6.6, 22.6]
    #> magnitude  0, seeds 1-4: mean |change| [0.0, 0.4, 6.1, 0.0]
    #> magnitude 20, seeds 1-4: mean |change| [77.8, 54.2, 9.7, 50.1]
    #> magnitude 30, seeds 1-4: mean |change| [88.9, 131.0, 13.6, 73.6]
    if magnitude == 9:
        save_row([image] + outs, "rand_augment.jpg")
torch.manual_seed(0)
print("num_ops=0 returns the input:", torch.equal(v2.RandAugment(num_ops=0)(image), image))
#> num_ops=0 returns the input: True
torch.manual_seed(4)
top_of_31 = v2.RandAugment(magnitude=30)(image)
torch.manual_seed(4)
top_of_11 = v2.RandAugment(magnitude=10, num_magnitude_bins=11)(image)
print("magnitude 30 of 31 bins == 10 of 11 bins:", torch.equal(top_of_31, top_of_11))
#> magnitude 30 of 31 bins == 10 of 11 bins: True
try:
    v2.RandAugment(magnitude=31)(image)
except IndexError as e:
    print("IndexError:", e)
    #> IndexError: index 31 is out of bounds for dimension 0 with size 31
#> <image rand_augment.jpg 664x158>
