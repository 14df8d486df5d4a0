import warnings

import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
big = v2.functional.pil_to_tensor(pil)
# %%
print("photo:", tuple(big.shape))
#> photo: (3, 600, 512)
reference = v2.functional.pil_to_tensor(v2.Resize(64)(pil))
small = {aa: v2.Resize(64, antialias=aa)(big) for aa in (True, False)}
for aa, out in small.items():
    gap = (out.float() - reference.float()).abs().mean().item()
    print(f"tensor, antialias={aa}: {tuple(out.shape)}, mean |tensor - PIL| = {gap:.1f}")
    #> tensor, antialias=True: (3, 75, 64), mean |tensor - PIL| = 0.0
    #> tensor, antialias=False: (3, 75, 64), mean |tensor - PIL| = 9.4

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pil_off = v2.functional.pil_to_tensor(v2.Resize(64, antialias=False)(pil))
print("PIL, antialias=False, same as PIL default:", torch.equal(pil_off, reference))
#> PIL, antialias=False, same as PIL default: True
print("warning:", caught[0].category.__name__, str(caught[0].message).split(". ")[0])
#> warning: UserWarning Anti-alias option is always applied for PIL Image input

nearest = [v2.Resize(64, interpolation="nearest", antialias=aa)(big) for aa in (True, False)]
print("nearest, True == False:", torch.equal(*nearest))
#> nearest, True == False: True
upscaled = [v2.Resize(240, antialias=aa)(big[:, :120, :120]) for aa in (True, False)]
print("enlarging, True == False:", torch.equal(*upscaled))
#> enlarging, True == False: True

shown = [v2.Resize(128, interpolation="nearest")(reference)] + [v2.Resize(128, interpolation="nearest")(small[aa]) for aa in (True, False)]
save_row(shown, "resize_antialias.jpg")
#> <image resize_antialias.jpg 400x158>
