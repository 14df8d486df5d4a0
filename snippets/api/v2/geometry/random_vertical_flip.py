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
flipped = v2.RandomVerticalFlip(p=1.0)(sample)
print("boxes:", sample["boxes"].tolist(), "->", flipped["boxes"].tolist())
#> boxes: [[44, 30, 89, 84], [80, 122, 113, 132]] -> [[44, 66, 89, 120], [80, 18, 113, 28]]
print("keypoints:", sample["keypoints"].tolist(), "->", flipped["keypoints"].tolist())
#> keypoints: [[58, 52], [76, 52], [67, 70]] -> [[58, 97], [76, 97], [67, 79]]
print("y -> 150 - y:", torch.equal(flipped["boxes"][:, [3, 1]], 150 - sample["boxes"][:, [1, 3]]))
#> y -> 150 - y: True
print("image and mask flipped upside down:", torch.equal(flipped["image"], image.flip(-2)),
      torch.equal(flipped["mask"], sample["mask"].flip(-2)))
#> image and mask flipped upside down: True True

coin = v2.RandomVerticalFlip()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), image.flip(-2)))
print("p=0.5, seeds 0-5, flipped:", draws)
#> p=0.5, seeds 0-5, flipped: [True, False, False, True, False, False]

turned = v2.RandomRotation(degrees=(180, 180))(sample)
print("vertical flip == rotation by 180:", torch.equal(flipped["image"], turned["image"]))
#> vertical flip == rotation by 180: False
both = v2.RandomHorizontalFlip(p=1.0)(flipped)
print("vertical + horizontal flip == rotation by 180:", torch.equal(both["image"], turned["image"]),
      torch.equal(both["boxes"], turned["boxes"]))
#> vertical + horizontal flip == rotation by 180: True True

for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor)):
    out = v2.RandomVerticalFlip(p=1.0)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor

save_row([draw(sample), draw(flipped), draw(turned)], "random_vertical_flip.jpg")
#> <image random_vertical_flip.jpg 400x158>
