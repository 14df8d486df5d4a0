import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F
from torchvision.utils import draw_bounding_boxes, make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    image = tv_tensors.Image(F.pil_to_tensor(f.convert("RGB")))
boxes = tv_tensors.BoundingBoxes([[175, 120, 355, 335], [322, 486, 452, 526]],
                                 format="XYXY", canvas_size=(600, 512))
sample = {"image": image, "boxes": boxes, "labels": torch.tensor([1, 2])}

flipped = v2.RandomHorizontalFlip(p=1)(sample)
small = v2.Resize(256)(flipped)

for name, s in (("original", sample), ("flipped", flipped), ("resized", small)):
    print(f"{name:8}", tuple(s["image"].shape), s["boxes"].canvas_size, s["boxes"].tolist())
    #> original (3, 600, 512) (600, 512) [[175, 120, 355, 335], [322, 486, 452, 526]]
    #> flipped  (3, 600, 512) (600, 512) [[157, 120, 337, 335], [60, 486, 190, 526]]
    #> resized  (3, 300, 256) (300, 256) [[78, 60, 168, 167], [30, 243, 95, 263]]
print("labels:", small["labels"].tolist())
#> labels: [1, 2]

panels = [
    F.resize(draw_bounding_boxes(sample["image"], sample["boxes"], colors="red", width=4), 256),
    draw_bounding_boxes(small["image"], small["boxes"], colors="red", width=2),
]
F.to_pil_image(make_grid(panels, padding=4, pad_value=255)).save("flip_resize.jpg", quality=85)
#> <image flip_resize.jpg 524x308>
