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
random_resize = v2.RandomResize(min_size=48, max_size=96)
outs = []
for seed in range(3):
    torch.manual_seed(seed)
    out = random_resize(sample)
    torch.manual_seed(seed)
    size = int(torch.randint(48, 96, ()))
    print(f"seed {seed}: size {size} -> {tuple(out['image'].shape[-2:])}",
          "| rule", (int(size * 150 / 128), size), "| face box", out["boxes"][0].tolist())
    #> seed 0: size 92 -> (107, 92) | rule (107, 92) | face box [31, 21, 63, 59]
    #> seed 1: size 85 -> (99, 85) | rule (99, 85) | face box [29, 19, 59, 55]
    #> seed 2: size 72 -> (84, 72) | rule (84, 72) | face box [24, 16, 50, 47]
    outs.append(out)
print("seed 0, x1 44 -> int(44 *", outs[0]["image"].shape[-1], "/ 128) =", int(44 * outs[0]["image"].shape[-1] / 128))
#> seed 0, x1 44 -> int(44 * 92 / 128) = 31
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor)):
    out = random_resize(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
sides = set()
for seed in range(20):
    torch.manual_seed(seed)
    sides.add(v2.RandomResize(min_size=50, max_size=52)(image).shape[-1])
print("RandomResize(50, 52), seeds 0-19, short sides:", sorted(sides))
#> RandomResize(50, 52), seeds 0-19, short sides: [50, 51]

save_row([draw(o) for o in outs], "random_resize.jpg")
#> <image random_resize.jpg 292x115>
