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
affine = v2.RandomAffine(degrees=15, translate=(0.1, 0.1), scale=(0.8, 1.2), shear=10)
shown = [draw(sample)]
for seed in range(3):
    torch.manual_seed(seed)
    p = affine.make_params([image])
    torch.manual_seed(seed)
    out = affine(sample)
    print(f"seed {seed}: angle {p['angle']:5.1f}, translate {p['translate']}, scale {p['scale']:.2f},",
          f"shear ({p['shear'][0]:.1f}, {p['shear'][1]:.1f}) -> face box {out['boxes'][0].tolist()}")
    #> seed 0: angle  -0.1, translate (7, -12), scale 0.85, shear (-3.9, 0.0) -> face box [51, 24, 92, 70]
    #> seed 1: angle   7.7, translate (-6, -3), scale 1.09, shear (-9.4, 0.0) -> face box [34, 19, 85, 85]
    #> seed 2: angle   3.4, translate (-3, 4), scale 0.99, shear (4.3, 0.0) -> face box [40, 33, 91, 89]
    shown.append(draw(out))

shift = v2.RandomAffine(degrees=0, translate=(0.1, 0.1))
torch.manual_seed(0)
tx, ty = shift.make_params([image])["translate"]
torch.manual_seed(0)
moved = shift(sample)
print(f"translate only: ({tx}, {ty}), |tx| <= 12.8, |ty| <= 15;", "boxes + (tx, ty):",
      torch.equal(moved["boxes"], sample["boxes"] + torch.tensor([tx, ty, tx, ty])))
#> translate only: (7, -12), |tx| <= 12.8, |ty| <= 15; boxes + (tx, ty): True
try:
    v2.RandomAffine(degrees=0, translate=(10, 10))
except ValueError as e:
    print("translate=(10, 10): ValueError:", e)
    #> translate=(10, 10): ValueError: translation values should be between 0 and 1

save_row(shown, "random_affine.jpg")
#> <image random_affine.jpg 532x158>
