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
print("Image and BoundingBoxes:", v2.has_all(flat_inputs, tv_tensors.Image, tv_tensors.BoundingBoxes))
#> Image and BoundingBoxes: True
print("Image and Video:", v2.has_all(flat_inputs, tv_tensors.Image, tv_tensors.Video),
      "| has_any:", v2.has_any(flat_inputs, tv_tensors.Image, tv_tensors.Video))
#> Image and Video: False | has_any: True


class NeedsBoxes(v2.Transform):
    def check_inputs(self, flat_inputs):
        self.checked = [type(x).__name__ for x in flat_inputs]
        if not v2.has_all(flat_inputs, tv_tensors.Image, tv_tensors.BoundingBoxes):
            raise TypeError(f"{type(self).__name__} needs an image and its boxes")

    def transform(self, inpt, params):
        return inpt


needs_boxes = NeedsBoxes()
print("sample:", sorted(needs_boxes(sample)), "| check_inputs got:", needs_boxes.checked)
#> sample: ['boxes', 'image', 'keypoints', 'labels', 'mask'] | check_inputs got: ['Image', 'BoundingBoxes', 'Mask', 'KeyPoints', 'Tensor']
try:
    needs_boxes(image)
except TypeError as e:
    print("image alone: TypeError:", e)
    #> image alone: TypeError: NeedsBoxes needs an image and its boxes
