import torch
from matplotlib import cbook
from PIL import Image
from torch.utils._pytree import tree_flatten
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
rows, cols = torch.meshgrid(torch.arange(150), torch.arange(128), indexing="ij")
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask((((cols - 66) / 20) ** 2 + ((rows - 57) / 26) ** 2 <= 1).to(torch.uint8)),
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
flat_inputs = tree_flatten(sample)[0]
print("Mask:", v2.has_any(flat_inputs, tv_tensors.Mask), "| Video:", v2.has_any(flat_inputs, tv_tensors.Video),
      "| Video or Mask:", v2.has_any(flat_inputs, tv_tensors.Video, tv_tensors.Mask))
#> Mask: True | Video: False | Video or Mask: True
print("a 1-D tensor (labels):", v2.has_any(flat_inputs, lambda x: isinstance(x, torch.Tensor) and x.ndim == 1))
#> a 1-D tensor (labels): True
image_and_boxes = [image, sample["boxes"]]
print("image and boxes, torch.Tensor:", v2.has_any(image_and_boxes, torch.Tensor))
#> image and boxes, torch.Tensor: True
is_plain = lambda x: type(x) is torch.Tensor
print("image and boxes, plain tensor:", v2.has_any(image_and_boxes, is_plain), "| full sample:", v2.has_any(flat_inputs, is_plain))
#> image and boxes, plain tensor: False | full sample: True
