import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
outside = tv_tensors.BoundingBoxes([[-10, 20, 140, 160], [44, 30, 89, 84]], format="XYXY", canvas_size=(150, 128))
clamped = v2.ClampBoundingBoxes()(outside)
print(outside.clamping_mode, outside.tolist(), "->", clamped.tolist(), type(clamped).__name__)
#> soft [[-10, 20, 140, 160], [44, 30, 89, 84]] -> [[0, 20, 128, 150], [44, 30, 89, 84]] BoundingBoxes
print("[max(x1, 0), max(y1, 0), min(x2, 128), min(y2, 150)]:", clamped[0].tolist() == [max(-10, 0), max(20, 0), min(140, 128), min(160, 150)])
#> [max(x1, 0), max(y1, 0), min(x2, 128), min(y2, 150)]: True
xywh = tv_tensors.BoundingBoxes([[-10, 20, 150, 140]], format="XYWH", canvas_size=(150, 128))
print("XYWH:", xywh.tolist(), "->", v2.ClampBoundingBoxes()(xywh).tolist())
#> XYWH: [[-10, 20, 150, 140]] -> [[0, 20, 128, 130]]

unclamped = v2.SetClampingMode(None)(outside)
print("boxes with clamping_mode=None, 'auto':", v2.ClampBoundingBoxes()(unclamped)[0].tolist(), "| 'soft':", v2.ClampBoundingBoxes("soft")(unclamped)[0].tolist())
#> boxes with clamping_mode=None, 'auto': [-10, 20, 140, 160] | 'soft': [0, 20, 128, 150]
print("soft boxes, ClampBoundingBoxes(None):", v2.ClampBoundingBoxes(None)(outside)[0].tolist())
#> soft boxes, ClampBoundingBoxes(None): [-10, 20, 140, 160]
out = v2.ClampBoundingBoxes()({"image": image, "boxes": outside, "raw": outside.as_subclass(torch.Tensor)})
print("dict: boxes", out["boxes"][0].tolist(), "| plain tensor", out["raw"][0].tolist(), "| image kept", out["image"] is image)
#> dict: boxes [0, 20, 128, 150] | plain tensor [-10, 20, 140, 160] | image kept True
