import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F
from torchvision.utils import draw_bounding_boxes, make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    image = tv_tensors.Image(F.pil_to_tensor(f.convert("RGB")))
boxes = tv_tensors.BoundingBoxes([[175, 120, 355, 335]], format="XYXY", canvas_size=(600, 512))

torch.manual_seed(5)
rotated_image, rotated_boxes = v2.RandomRotation(degrees=30)(image, boxes)

for name, b in (("before", boxes), ("after", rotated_boxes)):
    x1, y1, x2, y2 = b[0].tolist()
    print(f"{name:6} {b.tolist()}  width {x2 - x1}  height {y2 - y1}")
    #> before [[175, 120, 355, 335]]  width 180  height 215
    #> after  [[118, 97, 361, 360]]  width 243  height 263

panels = [draw_bounding_boxes(img, b, colors="red", width=5)
          for img, b in ((image, boxes), (rotated_image, rotated_boxes))]
grid = F.resize(make_grid(panels, padding=8, pad_value=255), 300)
F.to_pil_image(grid).save("rotate.jpg", quality=85)
#> <image rotate.jpg 510x300>
