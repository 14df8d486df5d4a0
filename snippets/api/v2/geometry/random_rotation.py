import math

import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import draw_bounding_boxes, draw_keypoints, draw_segmentation_masks, make_grid


def draw(sample):
    out = draw_segmentation_masks(sample["image"], sample["mask"].bool(), alpha=0.3, colors="yellow")
    out = draw_bounding_boxes(out, sample["boxes"], colors="red", width=2)
    return draw_keypoints(out, sample["keypoints"][None], colors="cyan", radius=3)


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
rows, cols = torch.meshgrid(torch.arange(150), torch.arange(128), indexing="ij")
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask((((cols - 66) / 20) ** 2 + ((rows - 57) / 26) ** 2 <= 1).to(torch.uint8)),
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
}
# %%
rotate = v2.RandomRotation(30)
print("degrees:", rotate.degrees)
#> degrees: [-30.0, 30.0]
shown = [draw(sample)]
for seed in (1, 3):
    torch.manual_seed(seed)
    angle = rotate.make_params([image])["angle"]
    torch.manual_seed(seed)
    out = rotate(sample)
    print(f"seed {seed}: angle {angle:6.2f}, face box {out['boxes'][0].tolist()}, keypoints {out['keypoints'].tolist()}")
    #> seed 1: angle  15.46, face box [32, 24, 90, 89], keypoints [[52, 54], [69, 49], [65, 69]]
    #> seed 3: angle -29.74, face box [42, 26, 108, 95], keypoints [[70, 52], [85, 60], [69, 72]]
    shown.append(draw(out))

w, h = (sample["boxes"][0, 2:] - sample["boxes"][0, :2]).tolist()
ow, oh = (out["boxes"][0, 2:] - out["boxes"][0, :2]).tolist()
c, s = abs(math.cos(math.radians(angle))), abs(math.sin(math.radians(angle)))
print(f"face box {w}x{h} -> {ow}x{oh} | at {abs(angle):.2f} degrees: {w} cos + {h} sin = {w * c + h * s:.1f},",
      f"{w} sin + {h} cos = {w * s + h * c:.1f}")
#> face box 45x54 -> 66x69 | at 29.74 degrees: 45 cos + 54 sin = 65.9, 45 sin + 54 cos = 69.2
print("box area:", w * h, "->", ow * oh, "| mask pixels:", int(sample["mask"].sum()), "->", int(out["mask"].sum()))
#> box area: 2430 -> 4554 | mask pixels: 1625 -> 1624

expanded = v2.RandomRotation(degrees=(30, 30), expand=True, fill={tv_tensors.Image: 127, tv_tensors.Mask: 0})(sample)
print("expand=False:", tuple(out["image"].shape), "corner pixel", out["image"][:, 0, 0].tolist())
#> expand=False: (3, 150, 128) corner pixel [0, 0, 0]
print("expand=True, 30 degrees:", tuple(expanded["image"].shape), "canvas_size", expanded["boxes"].canvas_size,
      "corner pixel", expanded["image"][:, 0, 0].tolist())
#> expand=True, 30 degrees: (3, 194, 186) canvas_size (194, 186) corner pixel [127, 127, 127]
c, s = math.cos(math.radians(30)), math.sin(math.radians(30))
print(f"128 cos 30 + 150 sin 30 = {128 * c + 150 * s:.1f} | 128 sin 30 + 150 cos 30 = {128 * s + 150 * c:.1f}")
#> 128 cos 30 + 150 sin 30 = 185.9 | 128 sin 30 + 150 cos 30 = 193.9
pil = v2.functional.to_pil_image(image)
print("PIL:", type(rotate(pil)).__name__, pil.size, "->", rotate(pil).size)
#> PIL: Image (128, 150) -> (128, 150)

save_row(shown, "random_rotation.jpg")
#> <image random_rotation.jpg 400x158>
