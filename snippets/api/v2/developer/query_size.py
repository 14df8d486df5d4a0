import torch
from matplotlib import cbook
from PIL import Image
from torch.utils._pytree import tree_flatten, tree_unflatten
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


def names(flat):
    return [type(x).__name__ for x in flat]


# %%
class Probe(v2.Transform):
    def make_params(self, flat_inputs):
        print("make_params gets:", names(flat_inputs), "-> query_size:", v2.query_size(flat_inputs))
        return {}

    def transform(self, inpt, params):
        return inpt


flat, spec = tree_flatten(sample)
print("tree_flatten(sample):", names(flat))
#> tree_flatten(sample): ['Image', 'BoundingBoxes', 'Mask', 'KeyPoints', 'Tensor']
print("tree_unflatten gives the dict back:", tree_unflatten(flat, spec).keys() == sample.keys())
#> tree_unflatten gives the dict back: True
try:
    v2.query_size(flat)
except TypeError as e:
    print("query_size(all of it): TypeError:", e)
    #> query_size(all of it): TypeError: Input tensor should have at least two dimensions, but got 1
Probe()(sample)
#> make_params gets: ['Image', 'BoundingBoxes', 'Mask', 'KeyPoints'] -> query_size: (150, 128)
print("boxes alone:", v2.query_size([sample["boxes"]]), "| mask alone:", v2.query_size([sample["mask"]]))
#> boxes alone: (150, 128) | mask alone: (150, 128)
try:
    v2.query_size([image, v2.Resize(64)(sample["mask"])])
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: Found multiple HxW dimensions in the sample: '(75, 64)', '(150, 128)'
