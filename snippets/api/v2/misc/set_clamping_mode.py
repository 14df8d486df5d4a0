import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import draw_bounding_boxes, make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
print("default clamping_mode:", sample["boxes"].clamping_mode)
#> default clamping_mode: soft
for mode in ("soft", "hard", None):
    out = v2.Compose([v2.SetClampingMode(mode), v2.CenterCrop((70, 128))])(sample)
    kept = v2.SanitizeBoundingBoxes()(out)
    print(f"{mode}: face box {out['boxes'][0].tolist()}, mode {out['boxes'].clamping_mode} | after sanitize: labels {kept['labels'].tolist()}")
    #> soft: face box [44, 0, 89, 44], mode soft | after sanitize: labels [1]
    #> hard: face box [44, 0, 89, 44], mode hard | after sanitize: labels [1]
    #> None: face box [44, -10, 89, 44], mode None | after sanitize: labels []
late = v2.Compose([v2.SetClampingMode(None), v2.CenterCrop((70, 128)), v2.ClampBoundingBoxes("soft"), v2.SanitizeBoundingBoxes()])(sample)
print("None, then ClampBoundingBoxes('soft'):", late["boxes"].tolist(), "labels", late["labels"].tolist())
#> None, then ClampBoundingBoxes('soft'): [[44, 0, 89, 44]] labels [1]
try:
    v2.SetClampingMode("auto")
except ValueError as error:
    print("'auto':", error)
    #> 'auto': clamping_mode must be soft, hard or None, got auto

rotated = tv_tensors.BoundingBoxes([[66, 35, 60, 60, 20]], format="CXCYWHR", canvas_size=(150, 128), dtype=torch.float32)
panels = []
for mode in (None, "soft", "hard"):
    out = v2.Compose([v2.SetClampingMode(mode), v2.CenterCrop((100, 128))])({"image": image, "boxes": rotated})
    corners = v2.functional.convert_bounding_box_format(out["boxes"], new_format="XYXYXYXY")
    print(f"rotated, {mode}: CXCYWHR {[round(v, 1) for v in out['boxes'][0].tolist()]}, min corner y {corners[0, 1::2].min().item():.1f}")
    #> rotated, None: CXCYWHR [66.0, 10.0, 60.0, 60.0, 20.0], min corner y -28.5
    #> rotated, soft: CXCYWHR [67.4, 14.0, 60.0, 51.6, 20.0], min corner y -20.5
    #> rotated, hard: CXCYWHR [55.2, 24.2, 30.0, 40.6, 20.0], min corner y 0.0
    above = v2.functional.pad(out["image"], [0, 32, 0, 0], fill=255)
    panels.append(draw_bounding_boxes(above, corners + torch.tensor([0, 32] * 4), colors="red", width=2))
save_row(panels, "set_clamping_mode.jpg")
#> <image set_clamping_mode.jpg 400x140>
