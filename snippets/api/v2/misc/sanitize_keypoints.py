import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
cropped = v2.CenterCrop((40, 128))(sample)
print("cropped:", cropped["keypoints"].tolist(), "canvas", cropped["keypoints"].canvas_size)
#> cropped: [[58, -3], [76, -3], [67, 15]] canvas (40, 128)
clean = v2.SanitizeKeyPoints()(cropped)
print("sanitized:", clean["keypoints"].tolist(), type(clean["keypoints"]).__name__, "| labels", clean["labels"].tolist(), "boxes", len(clean["boxes"]))
#> sanitized: [[67, 15]] KeyPoints | labels [1, 2] boxes 2
with_ids = v2.SanitizeKeyPoints(labels_getter=lambda s: s["ids"])(cropped | {"ids": torch.tensor([0, 1, 2])})
print("labels_getter=callable: ids", with_ids["ids"].tolist())
#> labels_getter=callable: ids [2]
try:
    v2.SanitizeKeyPoints(labels_getter="default")(cropped)
except ValueError as error:
    print("labels_getter='default':", type(error).__name__, str(error).split("Found")[0])
    #> labels_getter='default': ValueError Number of kepyoints (shape=torch.Size([3, 2])) must match the number of labels.

face = tv_tensors.KeyPoints([sample["keypoints"].tolist()], canvas_size=(150, 128))
print("one group of 3:", list(face.shape), "->", list(v2.SanitizeKeyPoints()(v2.CenterCrop((40, 128))(face)).shape))
#> one group of 3: [1, 3, 2] -> [0, 3, 2]
edge = tv_tensors.KeyPoints([[127, 10], [128, 10]], canvas_size=(150, 128))
print("width 128: x=127, x=128 ->", v2.SanitizeKeyPoints()(edge).tolist())
#> width 128: x=127, x=128 -> [[127, 10]]
