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
perspective = v2.RandomPerspective(p=1.0)
corners = tv_tensors.KeyPoints([[0, 0], [127, 0], [127, 149], [0, 149]], canvas_size=(150, 128))
shown = [draw(sample)]
for seed in range(3):
    torch.manual_seed(seed)
    out = perspective({**sample, "corners": corners})
    moved = (out["corners"] - corners).abs()
    print(f"seed {seed}: corners -> {out['corners'].tolist()}, within (32, 37):",
          bool((moved <= torch.tensor([32, 37])).all()))
    print(f"        face box {out['boxes'][0].tolist()}")
    shown.append(draw(out))
#> seed 0: corners -> [[18, 19], [98, 11], [98, 116], [21, 120]], within (32, 37): True
#>         face box [45, 35, 74, 75]
#> seed 1: corners -> [[14, 10], [106, 37], [96, 114], [22, 132]], within (32, 37): True
#>         face box [55, 47, 85, 86]
#> seed 2: corners -> [[30, 27], [115, 20], [118, 136], [31, 116]], within (32, 37): True
#>         face box [55, 43, 86, 81]

coin = v2.RandomPerspective()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(not torch.equal(coin(image), image))
print("default p=0.5, seeds 0-5, distorted:", draws)
#> default p=0.5, seeds 0-5, distorted: [True, False, False, True, False, False]

save_row(shown, "random_perspective.jpg")
#> <image random_perspective.jpg 532x158>
