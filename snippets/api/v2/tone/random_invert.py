import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
inverted = v2.RandomInvert(p=1.0)(image)
print("pixel (row 60, col 64):", image[:, 60, 64].tolist(), "->", inverted[:, 60, 64].tolist())
#> pixel (row 60, col 64): [209, 125, 91] -> [46, 130, 164]
print("255 - x:", torch.equal(inverted, 255 - image))
#> 255 - x: True
float_image = v2.functional.to_dtype(image, torch.float32, scale=True)
print("float image, 1 - x:", torch.equal(v2.RandomInvert(p=1.0)(float_image), 1 - float_image))
#> float image, 1 - x: True

coin = v2.RandomInvert()
draws = []
for seed in range(6):
    torch.manual_seed(seed)
    draws.append(torch.equal(coin(image), inverted))
print("p =", coin.p, "| seeds 0-5, inverted:", draws)
#> p = 0.5 | seeds 0-5, inverted: [True, False, False, True, False, False]

mask = tv_tensors.Mask(torch.ones(150, 128, dtype=torch.uint8))
boxes = tv_tensors.BoundingBoxes([[44, 30, 89, 84]], format="XYXY", canvas_size=(150, 128))
out = v2.RandomInvert(p=1.0)({"image": image, "mask": mask, "boxes": boxes})
print("mask and boxes untouched:", torch.equal(out["mask"], mask), torch.equal(out["boxes"], boxes))
#> mask and boxes untouched: True True
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), image):
    out = v2.RandomInvert(p=1.0)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

save_row([image, inverted], "random_invert.jpg")
#> <image random_invert.jpg 268x158>
