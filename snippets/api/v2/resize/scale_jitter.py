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
jitter = v2.ScaleJitter(target_size=(64, 64), scale_range=(0.5, 1.5))
outs = []
for seed in range(4):
    torch.manual_seed(seed)
    out = jitter(sample)
    torch.manual_seed(seed)
    scale = 0.5 + torch.rand(1).item() * (1.5 - 0.5)
    r = min(64 / 150, 64 / 128) * scale
    print(f"seed {seed}: scale {scale:.3f} -> {tuple(out['image'].shape[-2:])}",
          "| rule", (int(150 * r), int(128 * r)), "| face box", out["boxes"][0].tolist())
    #> seed 0: scale 0.996 -> (63, 54) | rule (63, 54) | face box [18, 12, 37, 35]
    #> seed 1: scale 1.258 -> (80, 68) | rule (80, 68) | face box [23, 16, 47, 44]
    #> seed 2: scale 1.115 -> (71, 60) | rule (71, 60) | face box [20, 14, 41, 39]
    #> seed 3: scale 0.504 -> (32, 27) | rule (32, 27) | face box [9, 6, 18, 17]
    outs.append(out)
h, w = outs[0]["image"].shape[-2:]
print("seed 0, x1 44 -> int(44 *", w, "/ 128) =", int(44 * w / 128), "| canvas_size", outs[0]["boxes"].canvas_size)
#> seed 0, x1 44 -> int(44 * 54 / 128) = 18 | canvas_size (63, 54)
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor)):
    out = jitter(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
for target in ((64, 300), (300, 64)):
    out = v2.ScaleJitter(target_size=target, scale_range=(1.0, 1.0))(image)
    print(f"target_size={target}, scale 1: {tuple(out.shape[-2:])}")
    #> target_size=(64, 300), scale 1: (75, 64)
    #> target_size=(300, 64), scale 1: (64, 54)

save_row([draw(o) for o in outs], "scale_jitter.jpg")
#> <image scale_jitter.jpg 292x88>
