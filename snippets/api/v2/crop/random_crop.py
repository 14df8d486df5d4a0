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
crop = v2.RandomCrop(90)
outs = []
for seed in range(3):
    torch.manual_seed(seed)
    params = crop.make_params([image])
    torch.manual_seed(seed)
    outs.append(crop(sample))
    print(f"seed {seed}: top={params['top']} left={params['left']} ->", tuple(outs[-1]["image"].shape),
          "boxes", outs[-1]["boxes"].tolist(), "keypoints", outs[-1]["keypoints"].tolist())
    #> seed 0: top=30 left=15 -> (3, 90, 90) boxes [[29, 0, 74, 54], [65, 90, 90, 90]] keypoints [[43, 22], [61, 22], [52, 40]]
    #> seed 1: top=59 left=35 -> (3, 90, 90) boxes [[9, 0, 54, 25], [45, 63, 78, 73]] keypoints [[23, -7], [41, -7], [32, 11]]
    #> seed 2: top=53 left=9 -> (3, 90, 90) boxes [[35, 0, 80, 31], [71, 69, 90, 79]] keypoints [[49, -1], [67, -1], [58, 17]]
    if seed == 0:
        top, left = params["top"], params["left"]
print("x1 = 44 - left:", outs[0]["boxes"][0, 0].item() == 44 - left,
      "| image and mask crops:", torch.equal(outs[0]["image"], image[:, top:top + 90, left:left + 90]),
      torch.equal(outs[0]["mask"], sample["mask"][top:top + 90, left:left + 90]))
#> x1 = 44 - left: True | image and mask crops: True True
print("seed 0: labels", outs[0]["labels"].tolist(), "| after SanitizeBoundingBoxes",
      v2.SanitizeBoundingBoxes()(outs[0])["labels"].tolist())
#> seed 0: labels [1, 2] | after SanitizeBoundingBoxes [1]
print("seed 1: keypoints after SanitizeKeyPoints",
      v2.SanitizeKeyPoints(labels_getter=None)(outs[1]["keypoints"]).tolist())
#> seed 1: keypoints after SanitizeKeyPoints [[32, 11]]

batch = torch.stack([image, image.flip(-1)])
torch.manual_seed(0)
cropped = crop(batch)
print("batch", tuple(batch.shape), "->", tuple(cropped.shape), "| one window for all:",
      torch.equal(cropped[1], batch[1, :, top:top + 90, left:left + 90]))
#> batch (2, 3, 150, 128) -> (2, 3, 90, 90) | one window for all: True
try:
    v2.RandomCrop(160)(image)
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: Required crop size (160, 160) is larger than input image size (150, 128).
print("pad_if_needed:", tuple(v2.RandomCrop(160, pad_if_needed=True)(image).shape),
      "| padding=16, reflect:", tuple(v2.RandomCrop(160, padding=16, padding_mode="reflect")(image).shape))
#> pad_if_needed: (3, 160, 160) | padding=16, reflect: (3, 160, 160)

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = crop(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

save_row([draw(sample)] + [draw(o) for o in outs], "random_crop.jpg")
#> <image random_crop.jpg 532x158>
