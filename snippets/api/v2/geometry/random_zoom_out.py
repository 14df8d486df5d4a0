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
zoom = v2.RandomZoomOut(p=1.0)
shown = [draw(sample)]
for seed in range(3):
    torch.manual_seed(seed)
    out = zoom(sample)
    h, w = out["image"].shape[-2:]
    left, top = (out["boxes"][0, :2] - sample["boxes"][0, :2]).tolist()
    print(f"seed {seed}: {h}x{w} (x{h / 150:.2f}, x{w / 128:.2f}), photo at left={left}, top={top}:",
          torch.equal(out["image"][:, top:top + 150, left:left + 128], image),
          torch.equal(out["keypoints"], sample["keypoints"] + torch.tensor([left, top])))
    #> seed 0: 495x422 (x3.30, x3.30), photo at left=26, top=45: True True
    #> seed 1: 275x235 (x1.83, x1.84), photo at left=43, top=91: True True
    #> seed 2: 321x274 (x2.14, x2.14), photo at left=93, top=81: True True
    shown.append(draw(v2.Resize((150, 128))(out)))

coin = v2.RandomZoomOut()
sizes = []
for seed in range(6):
    torch.manual_seed(seed)
    sizes.append(tuple(coin(image).shape[-2:]))
print("p=0.5, seeds 0-5:", sizes)
#> p=0.5, seeds 0-5: [(495, 422), (150, 128), (150, 128), (197, 168), (150, 128), (150, 128)]
try:
    torch.stack([coin(image) for _ in range(2)])
except RuntimeError as e:
    print("RuntimeError:", str(e).split(",")[0])
    #> RuntimeError: stack expects each tensor to be equal size
fixed = v2.Compose([v2.RandomZoomOut(p=1.0), v2.Resize((150, 128))])
print("with Resize:", [tuple(fixed(image).shape) for _ in range(2)])
#> with Resize: [(3, 150, 128), (3, 150, 128)]

save_row(shown, "random_zoom_out.jpg")
#> <image random_zoom_out.jpg 532x158>
