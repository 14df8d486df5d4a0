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

crop = v2.RandomResizedCrop(200, scale=(0.25, 0.6))
panels = []
for seed in range(3):
    torch.manual_seed(seed)
    out_image, out_boxes = crop(image, boxes)
    print(seed, tuple(out_image.shape), out_boxes.canvas_size, out_boxes.tolist())
    #> 0 (3, 200, 200) (200, 200) [[85, 22, 177, 150], [160, 200, 200, 200]]
    #> 1 (3, 200, 200) (200, 200) [[35, 35, 132, 136], [114, 200, 184, 200]]
    #> 2 (3, 200, 200) (200, 200) [[32, 55, 130, 165], [112, 200, 184, 200]]
    panels.append(draw_bounding_boxes(out_image, out_boxes, colors=["red", "yellow"], width=3))
F.to_pil_image(make_grid(panels, padding=4, pad_value=255)).save("crop.jpg", quality=85)
#> <image crop.jpg 616x208>
