import torch
import torchvision.transforms as T
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F
from torchvision.utils import draw_bounding_boxes, make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    pil = f.convert("RGB")
image = tv_tensors.Image(F.pil_to_tensor(pil))
plain_box = torch.tensor([[175, 120, 355, 335], [322, 486, 452, 526]])
typed_box = tv_tensors.BoundingBoxes(plain_box, format="XYXY", canvas_size=(600, 512))

v1_image = F.pil_to_tensor(T.RandomHorizontalFlip(p=1)(pil))
v1_box = plain_box
v2_image, v2_plain_box = v2.RandomHorizontalFlip(p=1)(image, plain_box)
v2_image, v2_typed_box = v2.RandomHorizontalFlip(p=1)(image, typed_box)

print("v1, image only        ", v1_box.tolist())
#> v1, image only         [[175, 120, 355, 335], [322, 486, 452, 526]]
print("v2, plain tensor      ", v2_plain_box.tolist())
#> v2, plain tensor       [[175, 120, 355, 335], [322, 486, 452, 526]]
print("v2, BoundingBoxes     ", v2_typed_box.tolist())
#> v2, BoundingBoxes      [[157, 120, 337, 335], [60, 486, 190, 526]]
print("images equal:", torch.equal(v1_image, v2_image))
#> images equal: True

panels = [draw_bounding_boxes(v2_image, v2_plain_box, colors="red", width=5),
          draw_bounding_boxes(v2_image, v2_typed_box, colors="lime", width=5)]
grid = F.resize(make_grid(panels, padding=8, pad_value=255), 300)
F.to_pil_image(grid).save("pitfall.jpg", quality=85)
#> <image pitfall.jpg 510x300>
