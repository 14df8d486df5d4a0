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
}
# %%
padded = v2.Pad([10, 20, 30, 40])(sample)
print("image:", tuple(image.shape), "->", tuple(padded["image"].shape), "| canvas_size:", padded["boxes"].canvas_size)
#> image: (3, 150, 128) -> (3, 210, 168) | canvas_size: (210, 168)
print("boxes:", sample["boxes"].tolist(), "->", padded["boxes"].tolist())
#> boxes: [[44, 30, 89, 84], [80, 122, 113, 132]] -> [[54, 50, 99, 104], [90, 142, 123, 152]]
print("keypoints:", sample["keypoints"].tolist(), "->", padded["keypoints"].tolist())
#> keypoints: [[58, 52], [76, 52], [67, 70]] -> [[68, 72], [86, 72], [77, 90]]
print("boxes + (left, top) = + (10, 20):", torch.equal(padded["boxes"], sample["boxes"] + torch.tensor([10, 20, 10, 20])))
#> boxes + (left, top) = + (10, 20): True
print("photo unchanged at rows 20:170, columns 10:138:", torch.equal(padded["image"][:, 20:170, 10:138], image))
#> photo unchanged at rows 20:170, columns 10:138: True
print("Pad([10, 20]):", tuple(v2.Pad([10, 20])(image).shape), "| Pad(5):", tuple(v2.Pad(5)(image).shape))
#> Pad([10, 20]): (3, 190, 148) | Pad(5): (3, 160, 138)
print("torch.nn.functional.pad(image, [10, 20, 30, 40]):", tuple(torch.nn.functional.pad(image, [10, 20, 30, 40]).shape))
#> torch.nn.functional.pad(image, [10, 20, 30, 40]): (3, 220, 158)
pil = v2.functional.to_pil_image(image)
print("PIL:", type(v2.Pad([10, 20, 30, 40])(pil)).__name__, pil.size, "->", v2.Pad([10, 20, 30, 40])(pil).size)
#> PIL: Image (128, 150) -> (168, 210)

gray = v2.Pad([10, 20, 30, 40], fill=127)(sample)
print("fill=127: mask values", gray["mask"].unique().tolist())
#> fill=127: mask values [0, 1, 127]
per_type = v2.Pad([10, 20, 30, 40], fill={tv_tensors.Image: 127, tv_tensors.Mask: 0})(sample)
print("fill per type: image corner", per_type["image"][:, 0, 0].tolist(), "| mask values", per_type["mask"].unique().tolist())
#> fill per type: image corner [127, 127, 127] | mask values [0, 1]
print("edge, first row:", v2.Pad(3, padding_mode="edge")(image)[0, 3, :6].tolist(), "| photo:", image[0, 0, :3].tolist())
#> edge, first row: [27, 27, 27, 27, 28, 27] | photo: [27, 28, 27]
try:
    v2.Pad(3, padding_mode="edge")(sample)
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: Padding mode 'edge' is not supported with bounding boxes

save_row([draw(padded), draw(gray), draw(per_type)], "pad.jpg")
#> <image pad.jpg 520x218>
