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
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
image_types = (tv_tensors.Image, Image.Image)
for name, obj in [("Image", image), ("PIL", pil), ("BoundingBoxes", sample["boxes"]), ("labels", sample["labels"])]:
    print(f"{name}: image type {v2.check_type(obj, image_types)}, torch.Tensor {v2.check_type(obj, (torch.Tensor,))}")
    #> Image: image type True, torch.Tensor True
    #> PIL: image type True, torch.Tensor False
    #> BoundingBoxes: image type False, torch.Tensor True
    #> labels: image type False, torch.Tensor True
print("with a check:", v2.check_type(sample["labels"], (lambda x: x.ndim == 1,)))
#> with a check: True
try:
    v2.check_type(image, tv_tensors.Image)
except TypeError as e:
    print("a bare type: TypeError:", e)
    #> a bare type: TypeError: 'torch._C._TensorMeta' object is not iterable
