from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms.v2 import functional as F
from torchvision.utils import draw_bounding_boxes

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    image = tv_tensors.Image(F.pil_to_tensor(f.convert("RGB")))
boxes = tv_tensors.BoundingBoxes(
    [[175, 120, 355, 335], [322, 486, 452, 526]],
    format="XYXY",
    canvas_size=tuple(image.shape[-2:]),
)
print(type(image).__name__, tuple(image.shape), image.dtype)
#> Image (3, 600, 512) torch.uint8
print(type(boxes).__name__, tuple(boxes.shape), boxes.dtype)
#> BoundingBoxes (2, 4) torch.int64
print("format:", boxes.format, "canvas_size:", boxes.canvas_size)
#> format: BoundingBoxFormat.XYXY canvas_size: (600, 512)
print(F.convert_bounding_box_format(boxes, new_format="XYWH").tolist())
#> [[175, 120, 180, 215], [322, 486, 130, 40]]

drawn = draw_bounding_boxes(image, boxes, labels=["face", "ribbons"], colors=["red", "yellow"], width=4)
picture = F.to_pil_image(F.resize(drawn, 360))
picture.save("boxes.jpg", quality=85)
#> <image boxes.jpg 360x421>
