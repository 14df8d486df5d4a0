import warnings

import torch
from matplotlib import cbook
from PIL import Image
from torch.utils.data import default_collate
from torchvision import transforms, tv_tensors
from torchvision.transforms import v2
from torchvision.utils import draw_bounding_boxes, make_grid


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
    "labels": torch.tensor([1, 2]),
}
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB").resize((128, 150))
# %%
crops = v2.FiveCrop(64)(image)
windows = [[0, 0, 64, 64], [64, 0, 128, 64], [0, 86, 64, 150], [64, 86, 128, 150], [32, 43, 96, 107]]
print(type(crops).__name__, len(crops), type(crops[0]).__name__, tuple(crops[0].shape))
#> tuple 5 Image (3, 64, 64)
print("windows tl, tr, bl, br, center:", all(torch.equal(c, image[:, y1:y2, x1:x2]) for c, (x1, y1, x2, y2) in zip(crops, windows)))
#> windows tl, tr, bl, br, center: True
for x in (pil, image.as_subclass(torch.Tensor)):
    out = v2.FiveCrop(64)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> tuple of {len(out)} {type(out[0]).__module__.split('.')[0]}.{type(out[0]).__name__}")
#> PIL.Image -> tuple of 5 PIL.Image
#> torch.Tensor -> tuple of 5 torch.Tensor

try:
    transforms.Compose([transforms.FiveCrop(64), transforms.ToTensor()])(pil)
except TypeError as e:
    print("v1 FiveCrop, ToTensor: TypeError:", e)
#> v1 FiveCrop, ToTensor: TypeError: pic should be PIL Image or ndarray. Got <class 'tuple'>
per_crop = v2.Compose([v2.FiveCrop(64), v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])(pil)
print("v2 FiveCrop, ToImage, ToDtype:", type(per_crop).__name__, len(per_crop), per_crop[0].dtype)
#> v2 FiveCrop, ToImage, ToDtype: tuple 5 torch.float32
try:
    v2.Compose([v2.FiveCrop(64), v2.Lambda(torch.stack)])(image)
except TypeError as e:
    print("v2.Lambda(torch.stack): TypeError:", e)
#> v2.Lambda(torch.stack): TypeError: stack(): argument 'tensors' (position 1) must be tuple of Tensors, not Image
stacked = v2.Compose([v2.FiveCrop(64), v2.ToImage(), v2.ToDtype(torch.float32, scale=True), torch.stack])(pil)
print("torch.stack as the last step:", tuple(stacked.shape), "| DataLoader batch of 2:", tuple(default_collate([stacked, stacked]).shape))
#> torch.stack as the last step: (5, 3, 64, 64) | DataLoader batch of 2: (2, 5, 3, 64, 64)
print("tuples collated instead:", type(default_collate([per_crop, per_crop])).__name__, "of 5 x", tuple(default_collate([per_crop, per_crop])[0].shape))
#> tuples collated instead: list of 5 x (2, 3, 64, 64)

for extra in ("boxes", "keypoints"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = v2.FiveCrop(64)({"image": image, extra: sample[extra]})
            print(f"{extra}: passed through unchanged {torch.equal(out[extra], sample[extra])}, warning: {caught[0].message}")
        except TypeError as e:
            print(f"{extra}: TypeError: {e}")
#> boxes: TypeError: BoundingBoxes'es and Mask's are not supported by FiveCrop()
#> keypoints: passed through unchanged True, warning: FiveCrop() is currently passing through inputs of type tv_tensors.KeyPoints. This will likely change in the future.
try:
    v2.FiveCrop(160)(image)
except ValueError as e:
    print("ValueError:", e)
#> ValueError: Requested crop size (160, 160) is bigger than input size (150, 128)

colors = ["red", "yellow", "cyan", "lime", "magenta"]
shown = draw_bounding_boxes(image, torch.tensor(windows), colors=colors, width=2)
framed = [draw_bounding_boxes(c, torch.tensor([[0, 0, 64, 64]]), colors=col, width=2) for c, col in zip(crops, colors)]
save_row([shown, make_grid(framed, nrow=3, padding=4, pad_value=255)], "five_crop.jpg")
#> <image five_crop.jpg 428x158>
