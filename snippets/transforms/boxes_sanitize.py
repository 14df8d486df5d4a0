import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    image = tv_tensors.Image(F.pil_to_tensor(f.convert("RGB")))
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[175, 120, 355, 335], [322, 486, 452, 526]],
                                      format="XYXY", canvas_size=(600, 512)),
    "labels": torch.tensor([1, 2]),
}

torch.manual_seed(0)
cropped = v2.RandomResizedCrop(200, scale=(0.25, 0.6))(sample)
print("cropped:  ", cropped["boxes"].tolist(), cropped["labels"].tolist())
#> cropped:   [[85, 22, 177, 150], [160, 200, 200, 200]] [1, 2]

clean = v2.SanitizeBoundingBoxes(min_size=1)(cropped)
print("sanitized:", clean["boxes"].tolist(), clean["labels"].tolist())
#> sanitized: [[85, 22, 177, 150]] [1]
