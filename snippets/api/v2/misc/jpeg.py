import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.io import encode_jpeg
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
compressed = []
for quality in (50, 10, 2):
    out = v2.JPEG(quality)(image)
    error = (out.float() - image.float()).abs().mean().item()
    print(f"quality {quality}: {type(out).__name__} {out.dtype}, mean |out - in| = {error:.1f}, {len(encode_jpeg(image, quality=quality))} bytes")
    #> quality 50: Image torch.uint8, mean |out - in| = 6.2, 3549 bytes
    #> quality 10: Image torch.uint8, mean |out - in| = 11.3, 1803 bytes
    #> quality 2: Image torch.uint8, mean |out - in| = 20.7, 1196 bytes
    compressed.append(out)
best = v2.JPEG(100)(image)
print("quality 100: identical", torch.equal(best, image), "| pixels changed", f"{(best != image).any(0).float().mean():.0%}")
#> quality 100: identical False | pixels changed 74%

ranged = v2.JPEG((5, 50))
drawn = []
for seed in range(4):
    torch.manual_seed(seed)
    out = ranged(image)
    drawn.append(next(q for q in range(5, 51) if torch.equal(out, v2.JPEG(q)(image))))
print("quality=(5, 50), seeds 0-3, quality used:", drawn)
#> quality=(5, 50), seeds 0-3, quality used: [47, 14, 29, 17]

try:
    v2.JPEG(50)(v2.ToDtype(torch.float32, scale=True)(image))
except RuntimeError as error:
    print("float32:", str(error).rsplit(", ", 1)[-1])
    #> float32: Input tensor dtype should be uint8
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
for x in (pil, image.as_subclass(torch.Tensor), tv_tensors.Video(torch.stack([image, image.flip(-1)]))):
    out = v2.JPEG(50)(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Video -> torchvision.Video

save_row([image, *compressed], "jpeg.jpg")
#> <image jpeg.jpg 532x158>
