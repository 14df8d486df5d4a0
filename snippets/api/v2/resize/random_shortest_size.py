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
shortest = v2.RandomShortestSize(min_size=[64, 80, 96], max_size=110)
outs = []
for seed in range(3):
    torch.manual_seed(seed)
    out = shortest(sample)
    torch.manual_seed(seed)
    short = [64, 80, 96][int(torch.randint(3, ()))]
    r = min(short / 128, 110 / 150)
    print(f"seed {seed}: min_size {short} -> {tuple(out['image'].shape[-2:])}",
          "| rule", (int(150 * r), int(128 * r)), "| face box", out["boxes"][0].tolist())
    #> seed 0: min_size 96 -> (109, 93) | rule (109, 93) | face box [31, 21, 64, 61]
    #> seed 1: min_size 80 -> (93, 80) | rule (93, 80) | face box [27, 18, 55, 52]
    #> seed 2: min_size 64 -> (75, 64) | rule (75, 64) | face box [22, 15, 44, 42]
    outs.append(out)
print("seed 0: 96 * 150 / 128 =", 96 * 150 / 128, "> 110, so r = 110 / 150:",
      "150 * r =", 150 * (110 / 150), "| 128 * r =", 128 * (110 / 150))
#> seed 0: 96 * 150 / 128 = 112.5 > 110, so r = 110 / 150: 150 * r = 109.99999999999999 | 128 * r = 93.86666666666666
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor)):
    out = shortest(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
sides = set()
for seed in range(10):
    torch.manual_seed(seed)
    sides.add(v2.RandomShortestSize(min_size=(64, 96))(image).shape[-1])
print("min_size=(64, 96), seeds 0-9, short sides:", sorted(sides))
#> min_size=(64, 96), seeds 0-9, short sides: [64, 96]

save_row([draw(o) for o in outs], "random_shortest_size.jpg")
#> <image random_shortest_size.jpg 295x117>
