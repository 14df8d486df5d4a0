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
pipeline = v2.Compose([v2.RandomHorizontalFlip(p=1.0), v2.RandomSolarize(threshold=128, p=1.0)])
print(pipeline)
#> Compose(
#>       RandomHorizontalFlip(p=1.0)
#>       RandomSolarize(p=1.0, threshold=128)
#> )
out = pipeline(sample)
print("boxes:", sample["boxes"].tolist(), "->", out["boxes"].tolist(), "| labels:", out["labels"].tolist())
#> boxes: [[44, 30, 89, 84], [80, 122, 113, 132]] -> [[39, 30, 84, 84], [15, 122, 48, 132]] | labels: [1, 2]
print("image = solarize(flip(x)):", torch.equal(out["image"], v2.functional.solarize(image.flip(-1), threshold=128)))
#> image = solarize(flip(x)): True

invert_first = v2.Compose([v2.RandomInvert(p=1.0), v2.RandomSolarize(threshold=128, p=1.0)])(image)
solarize_first = v2.Compose([v2.RandomSolarize(threshold=128, p=1.0), v2.RandomInvert(p=1.0)])(image)
print("pixel (row 60, col 64):", image[:, 60, 64].tolist(), "| invert, solarize:", invert_first[:, 60, 64].tolist(),
      "| solarize, invert:", solarize_first[:, 60, 64].tolist())
#> pixel (row 60, col 64): [209, 125, 91] | invert, solarize: [46, 125, 91] | solarize, invert: [209, 130, 164]

two = pipeline(image, sample["boxes"])
print("two inputs ->", type(two).__name__, [type(x).__name__ for x in two], two[1].tolist()[0])
#> two inputs -> tuple ['Image', 'BoundingBoxes'] [39, 30, 84, 84]

save_row([draw(sample), draw(out), invert_first, solarize_first], "compose.jpg")
#> <image compose.jpg 532x158>
