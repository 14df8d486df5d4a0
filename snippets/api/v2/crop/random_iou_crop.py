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
class Options(list):
    def __getitem__(self, i):
        self.drawn.append(super().__getitem__(i))
        if len(self.drawn) > 10:
            raise RuntimeError(f"{len(self.drawn) - 1} options drawn, no crop found, no result returned")
        return self.drawn[-1]


iou = v2.RandomIoUCrop(sampler_options=Options([0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]))
outs = []
for seed in (0, 2, 7):
    iou.options.drawn = []
    torch.manual_seed(seed)
    cropped = iou(sample)
    outs.append(v2.SanitizeBoundingBoxes()(cropped))
    print(f"seed {seed}: options {iou.options.drawn} ->", tuple(cropped["image"].shape), "boxes", cropped["boxes"].tolist())
    print("   after SanitizeBoundingBoxes:", outs[-1]["boxes"].tolist(), "labels", outs[-1]["labels"].tolist())
    if seed == 0:
        dx, dy = 44 - cropped["boxes"][0, 0].item(), 30 - cropped["boxes"][0, 1].item()
        h, w = cropped["image"].shape[-2:]
        print(f"   shift ({dx}, {dy}): image, mask, key points follow:",
              torch.equal(cropped["image"], image[:, dy:dy + h, dx:dx + w]),
              torch.equal(cropped["mask"], sample["mask"][dy:dy + h, dx:dx + w]),
              torch.equal(cropped["keypoints"], sample["keypoints"] - torch.tensor([dx, dy])))
#> seed 0: options [0.7, 0.7, 0.9, 0.0] -> (3, 112, 65) boxes [[12, 29, 57, 83], [0, 0, 0, 0]]
#>    after SanitizeBoundingBoxes: [[12, 29, 57, 83]] labels [1]
#>    shift (32, 1): image, mask, key points follow: True True True
#> seed 2: options [0.3] -> (3, 111, 72) boxes [[18, 3, 63, 57], [54, 95, 72, 105]]
#>    after SanitizeBoundingBoxes: [[18, 3, 63, 57], [54, 95, 72, 105]] labels [1, 2]
#> seed 7: options [0.9, 0.5, 1.0] -> (3, 150, 128) boxes [[44, 30, 89, 84], [80, 122, 113, 132]]
#>    after SanitizeBoundingBoxes: [[44, 30, 89, 84], [80, 122, 113, 132]] labels [1, 2]
print("seed 7 returned the input:", torch.equal(outs[-1]["image"], image))
#> seed 7 returned the input: True

stubborn = v2.RandomIoUCrop(sampler_options=Options([0.9]))
stubborn.options.drawn = []
try:
    stubborn(sample)
except RuntimeError as e:
    print("sampler_options=[0.9]:", e)
#> sampler_options=[0.9]: 10 options drawn, no crop found, no result returned
errors = []
for bad in (image, {"image": image, "labels": torch.tensor([1, 2])}):
    try:
        v2.RandomIoUCrop()(bad)
    except TypeError as e:
        errors.append(f"TypeError: {e}")
print("image alone, and without boxes:", *dict.fromkeys(errors))
#> image alone, and without boxes: TypeError: RandomIoUCrop() requires input sample to contain tensor or PIL images and bounding boxes. Sample can also contain masks.

save_row([draw(sample)] + [draw(o) for o in outs], "random_iou_crop.jpg")
#> <image random_iou_crop.jpg 532x158>
