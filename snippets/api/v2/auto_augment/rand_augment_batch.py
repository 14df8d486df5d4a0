import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
batch = torch.stack([image, image, image, image])
print("batch:", tuple(batch.shape), batch.dtype)
#> batch: (4, 3, 150, 128) torch.uint8
for augment in (v2.AutoAugment(), v2.RandAugment(), v2.TrivialAugmentWide()):
    torch.manual_seed(1)
    together = augment(batch)
    one_by_one = torch.stack([augment(x) for x in batch])
    print(f"{type(augment).__name__:18}",
          "one call, distinct images:", len(torch.unique(together, dim=0)),
          "| one call per image:", len(torch.unique(one_by_one, dim=0)))
    #> AutoAugment        one call, distinct images: 1 | one call per image: 4
    #> RandAugment        one call, distinct images: 1 | one call per image: 4
    #> TrivialAugmentWide one call, distinct images: 1 | one call per image: 4
