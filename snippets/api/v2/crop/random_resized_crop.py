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
crop = v2.RandomResizedCrop(80)
outs = []
for seed in range(3):
    torch.manual_seed(seed)
    p = crop.make_params([image])
    torch.manual_seed(seed)
    outs.append(crop(sample))
    print(f"seed {seed}: {p['height']}x{p['width']} at ({p['top']}, {p['left']}), "
          f"area {p['height'] * p['width'] / (150 * 128):.2f}, w/h {p['width'] / p['height']:.2f} ->",
          tuple(outs[-1]["image"].shape), "face box", outs[-1]["boxes"][0].tolist())
    #> seed 0: 94x110 at (38, 0), area 0.54, w/h 1.17 -> (3, 80, 80) face box [32, 0, 64, 39]
    #> seed 1: 130x115 at (18, 10), area 0.78, w/h 0.88 -> (3, 80, 80) face box [23, 7, 54, 40]
    #> seed 2: 115x108 at (17, 9), area 0.65, w/h 0.94 -> (3, 80, 80) face box [25, 9, 59, 46]
    if seed == 1:
        top, left, h, w = p["top"], p["left"], p["height"], p["width"]
x1 = outs[1]["boxes"][0, 0].item()
print(f"seed 1: x1 = (44 - {left}) * 80 / {w} = {(44 - left) * 80 / w:.1f} -> {x1}")
#> seed 1: x1 = (44 - 10) * 80 / 115 = 23.7 -> 23
print("seed 1: equals crop + resize:", torch.equal(outs[1]["image"], v2.functional.resized_crop(image, top, left, h, w, [80, 80])),
      "| mask values:", outs[1]["mask"].unique().tolist())
#> seed 1: equals crop + resize: True | mask values: [0, 1]
square = v2.RandomResizedCrop(80, scale=(0.5, 0.5), ratio=(1, 1))
torch.manual_seed(0)
p = square.make_params([image])
print(f"scale=(0.5, 0.5), ratio=(1, 1): {p['height']}x{p['width']}, area {p['height'] * p['width'] / (150 * 128):.2f}")
#> scale=(0.5, 0.5), ratio=(1, 1): 98x98, area 0.50
b = outs[1]["boxes"][0]
print(f"seed 1: face box w/h {45 / 54:.2f} -> {(b[2] - b[0]) / (b[3] - b[1]):.2f}")
#> seed 1: face box w/h 0.83 -> 0.94

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = crop(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

save_row([draw(sample)] + [draw(o) for o in outs], "random_resized_crop.jpg")
#> <image random_resized_crop.jpg 532x158>
