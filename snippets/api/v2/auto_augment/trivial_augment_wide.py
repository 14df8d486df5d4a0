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
augment = v2.TrivialAugmentWide()
row = [image]
for seed in (0, 1, 2, 3):
    torch.manual_seed(seed)
    out = augment(image)
    row.append(out)
    print(f"seed {seed}: mean |change| {(out.float() - image.float()).abs().mean():4.1f}")
    #> seed 0: mean |change| 58.9
    #> seed 1: mean |change| 15.5
    #> seed 2: mean |change| 61.7
    #> seed 3: mean |change|  6.1
save_row(row, "trivial_augment_wide.jpg")
print("all-black rows, seed 0:", int((row[1] == 0).all(0).all(-1).sum()))
#> all-black rows, seed 0: 32

wide, rand = v2.TrivialAugmentWide._AUGMENTATION_SPACE, v2.RandAugment._AUGMENTATION_SPACE
print("same operations as RandAugment:", list(wide) == list(rand))
#> same operations as RandAugment: True
for op in ("Rotate", "ShearX", "Brightness", "TranslateX"):
    print(f"{op:10} largest: {float(wide[op][0](31, 150, 128)[-1]):5.2f}",
          f"(RandAugment: {float(rand[op][0](31, 150, 128)[-1]):5.2f})")
    #> Rotate     largest: 135.00 (RandAugment: 30.00)
    #> ShearX     largest:  0.99 (RandAugment:  0.30)
    #> Brightness largest:  0.99 (RandAugment:  0.90)
    #> TranslateX largest: 32.00 (RandAugment: 58.01)
#> <image trivial_augment_wide.jpg 664x158>
