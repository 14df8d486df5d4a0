import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
rows, cols = torch.meshgrid(torch.arange(150), torch.arange(128), indexing="ij")
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask((((cols - 66) / 20) ** 2 + ((rows - 57) / 26) ** 2 <= 1).to(torch.uint8)),
    "labels": torch.tensor([1, 2]),
}
# %%
def dtypes(s):
    return {key: str(value.dtype).removeprefix("torch.") for key, value in s.items()}


print("input:   ", dtypes(sample))
#> input:    {'image': 'uint8', 'boxes': 'int64', 'mask': 'uint8', 'labels': 'int64'}
print("float32: ", dtypes(v2.ToDtype(torch.float32, scale=True)(sample)))
#> float32:  {'image': 'float32', 'boxes': 'int64', 'mask': 'uint8', 'labels': 'int64'}
per_type = v2.ToDtype({tv_tensors.Image: torch.float32, tv_tensors.Mask: torch.int64, "others": None}, scale=True)(sample)
print("per type:", dtypes(per_type))
#> per type: {'image': 'float32', 'boxes': 'int64', 'mask': 'int64', 'labels': 'int64'}
print("image max", per_type["image"].max().item(), "| mask values", per_type["mask"].unique().tolist(),
      "| boxes", per_type["boxes"][0].tolist())
#> image max 1.0 | mask values [0, 1] | boxes [44, 30, 89, 84]
try:
    v2.ToDtype({tv_tensors.Image: torch.float32, tv_tensors.Mask: torch.int64})(sample)
except ValueError as error:
    print("no 'others': ValueError:", str(error).split(". ")[0])
    #> no 'others': ValueError: No dtype was specified for type <class 'torchvision.tv_tensors._bounding_boxes.BoundingBoxes'>
