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


def ran(out):
    flipped = not torch.equal(out["boxes"], sample["boxes"])
    inverted = torch.equal(out["image"], 255 - (image.flip(-1) if flipped else image))
    return "+".join([name for name, done in (("flip", flipped), ("invert", inverted)) if done]) or "none"


def draws(transform):
    outs = []
    for seed in range(6):
        torch.manual_seed(seed)
        outs.append(transform(sample))
    return outs


together = v2.RandomApply([v2.RandomHorizontalFlip(p=1.0), v2.RandomInvert(p=1.0)], p=0.5)
separate = v2.Compose([v2.RandomHorizontalFlip(p=0.5), v2.RandomInvert(p=0.5)])
applied = draws(together)
print("RandomApply, seeds 0-5:", [ran(out) for out in applied])
#> RandomApply, seeds 0-5: ['flip+invert', 'none', 'none', 'flip+invert', 'none', 'none']
print("Compose,     seeds 0-5:", [ran(out) for out in draws(separate)])
#> Compose,     seeds 0-5: ['flip', 'invert', 'invert', 'flip+invert', 'none', 'invert']
save_row([draw(out) for out in applied[:4]], "random_apply.jpg")
#> <image random_apply.jpg 532x158>
