import torch
from matplotlib import cbook
from PIL import Image
from torchvision import transforms, tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
print([(policy.name, policy.value) for policy in v2.AutoAugmentPolicy])
#> [('IMAGENET', 'imagenet'), ('CIFAR10', 'cifar10'), ('SVHN', 'svhn')]
print(v2.AutoAugmentPolicy("cifar10"), v2.AutoAugmentPolicy["SVHN"])
#> AutoAugmentPolicy.CIFAR10 AutoAugmentPolicy.SVHN
print("the enum of transforms (v1) too:", v2.AutoAugmentPolicy is transforms.AutoAugmentPolicy)
#> the enum of transforms (v1) too: True
try:
    v2.AutoAugmentPolicy("CIFAR10")
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: 'CIFAR10' is not a valid AutoAugmentPolicy
try:
    v2.AutoAugment(policy="cifar10")
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: The provided policy cifar10 is not recognized.
print("policy:", v2.AutoAugment(policy=v2.AutoAugmentPolicy("cifar10")).policy)
#> policy: AutoAugmentPolicy.CIFAR10

row = [image]
for policy in v2.AutoAugmentPolicy:
    torch.manual_seed(1)
    out = v2.AutoAugment(policy)(image)
    row.append(out)
    print(f"{policy.name:8} seed 1: mean |change| {(out.float() - image.float()).abs().mean():4.1f}")
    #> IMAGENET seed 1: mean |change| 46.5
    #> CIFAR10  seed 1: mean |change| 50.1
    #> SVHN     seed 1: mean |change| 74.9
save_row(row, "auto_augment_policy.jpg")
#> <image auto_augment_policy.jpg 532x158>
