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
small, large = v2.CenterCrop(100)(sample), v2.CenterCrop(160)(sample)
for out in (small, large):
    print(tuple(out["image"].shape), "boxes", out["boxes"].tolist(), "keypoints", out["keypoints"].tolist())
    #> (3, 100, 100) boxes [[30, 5, 75, 59], [66, 97, 99, 100]] keypoints [[44, 27], [62, 27], [53, 45]]
    #> (3, 160, 160) boxes [[60, 35, 105, 89], [96, 127, 129, 137]] keypoints [[74, 57], [92, 57], [83, 75]]
top, left = round((150 - 100) / 2), round((128 - 100) / 2)
print(f"top, left = {top}, {left}: x1 = 44 - {left} ->", small["boxes"][0, 0].item() == 44 - left,
      "| image, mask:", torch.equal(small["image"], image[:, top:top + 100, left:left + 100]),
      torch.equal(small["mask"], sample["mask"][top:top + 100, left:left + 100]))
#> top, left = 25, 14: x1 = 44 - 14 -> True | image, mask: True True
print("160: corner pixel", large["image"][:, 0, 0].tolist(), "| x1 = 44 + (160 - 128) / 2:", large["boxes"][0, 0].item() == 60)
#> 160: corner pixel [0, 0, 0] | x1 = 44 + (160 - 128) / 2: True
print("same result every call:", torch.equal(v2.CenterCrop(100)(image), small["image"]))
#> same result every call: True
print("CenterCrop(100):", tuple(v2.CenterCrop(100)(image).shape), "| Resize(100):", tuple(v2.Resize(100)(image).shape))
#> CenterCrop(100): (3, 100, 100) | Resize(100): (3, 117, 100)

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = v2.CenterCrop(100)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

save_row([draw(sample), draw(small), draw(large)], "center_crop.jpg")
#> <image center_crop.jpg 496x168>
