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
resized = v2.Resize(100)(sample)
print("Resize(100):", tuple(resized["image"].shape), "short side 100, long int(100 * 150 / 128) =", int(100 * 150 / 128))
#> Resize(100): (3, 117, 100) short side 100, long int(100 * 150 / 128) = 117
print("boxes:", resized["boxes"].tolist())
#> boxes: [[34, 23, 69, 65], [62, 95, 88, 102]]
print("x 44 -> 44 * 100 / 128 =", 44 * 100 / 128, "| y 30 -> 30 * 117 / 150 =", 30 * 117 / 150)
#> x 44 -> 44 * 100 / 128 = 34.375 | y 30 -> 30 * 117 / 150 = 23.4
float_boxes = v2.Resize(100)(sample["boxes"].to(torch.float32))
print("float boxes:", [round(v, 3) for v in float_boxes[0].tolist()])
#> float boxes: [34.375, 23.4, 69.531, 65.52]
print("mask values:", resized["mask"].unique().tolist(), "| keypoints:", resized["keypoints"].tolist()[0], "| labels:", resized["labels"].tolist())
#> mask values: [0, 1] | keypoints: [45, 40] | labels: [1, 2]

capped = v2.Resize(100, max_size=110)(sample)
print("Resize(100, max_size=110):", tuple(capped["image"].shape), "short int(110 * 100 / 117) =", int(110 * 100 / 117))
#> Resize(100, max_size=110): (3, 110, 94) short int(110 * 100 / 117) = 94
squashed = v2.Resize((100, 100))(sample)
print("Resize((100, 100)):", tuple(squashed["image"].shape), "boxes:", squashed["boxes"].tolist()[0])
#> Resize((100, 100)): (3, 100, 100) boxes: [34, 20, 69, 56]
print("Resize(None, max_size=100):", tuple(v2.Resize(None, max_size=100)(image).shape))
#> Resize(None, max_size=100): (3, 100, 85)
try:
    v2.Resize((100, 100), max_size=110)(image)
except ValueError as e:
    print("Resize((100, 100), max_size=110): ValueError:", str(e).split(" or ")[0])
    #> Resize((100, 100), max_size=110): ValueError: max_size should only be passed if size is None

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = v2.Resize(100)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}",
          out.size if isinstance(out, Image.Image) else tuple(out.shape))
    #> PIL.Image -> PIL.Image (100, 117)
    #> torch.Tensor -> torch.Tensor (3, 117, 100)
    #> torchvision.Image -> torchvision.Image (3, 117, 100)

save_row([draw(sample), draw(resized), draw(squashed)], "resize.jpg")
#> <image resize.jpg 400x158>
