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
print("after crop:", cropped["keypoints"].tolist(), "| boxes", cropped["boxes"].tolist())
#> after crop: [[58, -3], [76, -3], [67, 15]] | boxes [[44, 0, 89, 29], [80, 40, 113, 40]]
clamped = v2.ClampKeyPoints()(cropped)
print("clamped:", clamped["keypoints"].tolist(), type(clamped["keypoints"]).__name__, "| boxes", clamped["boxes"].tolist())
#> clamped: [[58, 0], [76, 0], [67, 15]] KeyPoints | boxes [[44, 0, 89, 29], [80, 40, 113, 40]]

outside = tv_tensors.KeyPoints([[-5, 52], [130, 52], [67, 160]], canvas_size=(150, 128))
inside = v2.ClampKeyPoints()(outside)
print("canvas (150, 128):", outside.tolist(), "->", inside.tolist())
#> canvas (150, 128): [[-5, 52], [130, 52], [67, 160]] -> [[0, 52], [127, 52], [67, 149]]
print("max x = 128 - 1, max y = 150 - 1:", inside[:, 0].max().item() == 128 - 1, inside[:, 1].max().item() == 150 - 1)
#> max x = 128 - 1, max y = 150 - 1: True True
print("plain tensor:", v2.ClampKeyPoints()(torch.tensor([[-5, 52]])).tolist())
#> plain tensor: [[-5, 52]]
