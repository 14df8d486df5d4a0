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
boxes = v2.get_bounding_boxes(flat_inputs)
print(type(boxes).__name__, boxes.format.name, boxes.canvas_size, boxes.tolist())
#> BoundingBoxes XYXY (150, 128) [[44, 30, 89, 84], [80, 122, 113, 132]]
print("the same object as sample['boxes']:", boxes is sample["boxes"])
#> the same object as sample['boxes']: True
try:
    v2.get_bounding_boxes([image, sample["mask"]])
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: No bounding boxes were found in the sample
extra = tv_tensors.BoundingBoxes([[0, 0, 10, 10]], format="XYWH", canvas_size=(150, 128))
print("two BoundingBoxes, returns:", v2.get_bounding_boxes(flat_inputs + [extra]).tolist())
#> two BoundingBoxes, returns: [[44, 30, 89, 84], [80, 122, 113, 132]]
plain = sample["boxes"].as_subclass(torch.Tensor)
try:
    v2.get_bounding_boxes([image, plain])
except ValueError:
    print("a plain tensor of boxes: ValueError")
    #> a plain tensor of boxes: ValueError
