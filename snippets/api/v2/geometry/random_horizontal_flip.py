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
    "labels": torch.tensor([1, 2]),
}
# %%
flipped = v2.RandomHorizontalFlip(p=1.0)(sample)
print("boxes:", sample["boxes"].tolist(), "->", flipped["boxes"].tolist())
#> boxes: [[44, 30, 89, 84], [80, 122, 113, 132]] -> [[39, 30, 84, 84], [15, 122, 48, 132]]
print("keypoints:", sample["keypoints"].tolist(), "->", flipped["keypoints"].tolist())
#> keypoints: [[58, 52], [76, 52], [67, 70]] -> [[69, 52], [51, 52], [60, 70]]
print("x -> 128 - x:", torch.equal(flipped["boxes"][:, [2, 0]], 128 - sample["boxes"][:, [0, 2]]))
#> x -> 128 - x: True
print("image and mask mirrored:", torch.equal(flipped["image"], image.flip(-1)),
      torch.equal(flipped["mask"], sample["mask"].flip(-1)))
#> image and mask mirrored: True True
print("labels untouched:", flipped["labels"].tolist(), type(flipped["boxes"]).__name__)
#> labels untouched: [1, 2] BoundingBoxes

coin = v2.RandomHorizontalFlip()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), image.flip(-1)))
print("p=0.5, seeds 0-5, flipped:", draws)
#> p=0.5, seeds 0-5, flipped: [True, False, False, True, False, False]
torch.manual_seed(0)
image_alone, boxes_alone = coin(image), coin(sample["boxes"])
print("two calls, seed 0: image flipped", torch.equal(image_alone, image.flip(-1)),
      "| boxes flipped", not torch.equal(boxes_alone, sample["boxes"]))
#> two calls, seed 0: image flipped True | boxes flipped False

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = v2.RandomHorizontalFlip(p=1.0)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

save_row([draw(sample), draw(flipped)], "random_horizontal_flip.jpg")
#> <image random_horizontal_flip.jpg 268x158>
