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
cropped = v2.CenterCrop((90, 100))(sample)
print("cropped:", cropped["boxes"].tolist(), "labels", cropped["labels"].tolist())
#> cropped: [[30, 0, 75, 54], [66, 90, 99, 90]] labels [1, 2]
clean = v2.SanitizeBoundingBoxes()(cropped)
print("sanitized:", clean["boxes"].tolist(), "labels", clean["labels"].tolist(), "| mask", list(clean["mask"].shape), "keypoints", len(clean["keypoints"]))
#> sanitized: [[30, 0, 75, 54]] labels [1] | mask [90, 100] keypoints 3

sliver = v2.CenterCrop(100)(sample)
x1, y1, x2, y2 = sliver["boxes"][1].tolist()
print(f"CenterCrop(100): ribbons {[x1, y1, x2, y2]}, {x2 - x1} x {y2 - y1}, area {(x2 - x1) * (y2 - y1)}")
#> CenterCrop(100): ribbons [66, 97, 99, 100], 33 x 3, area 99
for kwargs in ({}, {"min_size": 4}, {"min_area": 100}):
    print(f"  {kwargs or 'defaults'}: labels", v2.SanitizeBoundingBoxes(**kwargs)(sliver)["labels"].tolist())
    #>   defaults: labels [1, 2]
    #>   {'min_size': 4}: labels [1]
    #>   {'min_area': 100}: labels [1]

classes = {("classes" if key == "labels" else key): value for key, value in cropped.items()}
try:
    v2.SanitizeBoundingBoxes()(classes)
except ValueError as error:
    print("key 'classes':", type(error).__name__, str(error).split(".")[0])
    #> key 'classes': ValueError Could not infer where the labels are in the sample
boxes_only = v2.SanitizeBoundingBoxes(labels_getter=None)(classes)
print("labels_getter=None:", len(boxes_only["boxes"]), "box, classes", boxes_only["classes"].tolist())
#> labels_getter=None: 1 box, classes [1, 2]
target = {"boxes": cropped["boxes"], "labels": cropped["labels"], "iscrowd": torch.tensor([0, 1])}
_, coco = v2.SanitizeBoundingBoxes()(cropped["image"], target)
print("(image, target), default: labels", coco["labels"].tolist(), "iscrowd", coco["iscrowd"].tolist())
#> (image, target), default: labels [1] iscrowd [0, 1]
_, coco = v2.SanitizeBoundingBoxes(labels_getter=lambda s: (s[1]["labels"], s[1]["iscrowd"]))(cropped["image"], target)
print("callable returning a tuple: labels", coco["labels"].tolist(), "iscrowd", coco["iscrowd"].tolist())
#> callable returning a tuple: labels [1] iscrowd [0]
per_box = tv_tensors.Mask(torch.zeros(2, 90, 100, dtype=torch.uint8))
print("one mask per box:", list(per_box.shape), "->", list(v2.SanitizeBoundingBoxes()(cropped | {"masks": per_box})["masks"].shape))
#> one mask per box: [2, 90, 100] -> [1, 90, 100]

save_row([draw(sample), draw(cropped), draw(clean)], "sanitize_bounding_boxes.jpg")
#> <image sanitize_bounding_boxes.jpg 400x158>
