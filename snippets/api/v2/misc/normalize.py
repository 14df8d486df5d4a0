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
mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
x = v2.ToDtype(torch.float32, scale=True)(image)
out = v2.Normalize(mean, std)(x)
print("pixel (0, 0):", x[:, 0, 0], "->", out[:, 0, 0])
#> pixel (0, 0): tensor([0.1059, 0.1176, 0.3451]) -> tensor([-1.6555, -1.5105, -0.2707])
by_hand = (x - torch.tensor(mean).view(3, 1, 1)) / torch.tensor(std).view(3, 1, 1)
print("(x - mean) / std:", torch.allclose(out, by_hand), type(out).__name__, out.dtype)
#> (x - mean) / std: True Image torch.float32
print("channel means:", [round(v, 2) for v in out.mean((1, 2)).tolist()], "range:", round(out.min().item(), 2), round(out.max().item(), 2))
#> channel means: [-0.7, -0.77, -0.3] range: -1.98 2.64

try:
    v2.Normalize(mean, std)(image)
except TypeError as error:
    print("uint8:", error)
    #> uint8: Input tensor should be a float tensor. Got torch.uint8.
print("float, not scaled: max", round(v2.Normalize(mean, std)(image.float()).max().item(), 1))
#> float, not scaled: max 1136.4
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    try:
        v2.Normalize(mean, std)(f.convert("RGB"))
    except TypeError as error:
        print("PIL:", error)
        #> PIL: Normalize() does not support PIL images.

mask, video = tv_tensors.Mask(image[0] > 128), tv_tensors.Video(x[None])
mixed = v2.Normalize(mean, std)({"image": x, "mask": mask, "video": video})
print("dict:", type(mixed["image"]).__name__, type(mixed["video"]).__name__, "| mask untouched:", mixed["mask"] is mask)
#> dict: Image Video | mask untouched: True

undo = v2.Normalize([-m / s for m, s in zip(mean, std)], [1 / s for s in std])
back = undo(out)
print("undone:", torch.allclose(back, x, atol=1e-6), torch.allclose(out * torch.tensor(std).view(3, 1, 1) + torch.tensor(mean).view(3, 1, 1), x, atol=1e-6))
#> undone: True True

to_uint8 = v2.ToDtype(torch.uint8, scale=True)
save_row([image, to_uint8(out.clamp(0, 1)), to_uint8(back.clamp(0, 1))], "normalize.jpg")
#> <image normalize.jpg 400x158>
