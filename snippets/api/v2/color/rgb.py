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
gray = v2.Grayscale()(image)
rgb = v2.RGB()(gray)
print("1 channel:", tuple(gray.shape), "->", tuple(rgb.shape), type(rgb).__name__,
      "| each channel equals the input:", all(torch.equal(c, gray[0]) for c in rgb))
#> 1 channel: (1, 150, 128) -> (3, 150, 128) Image | each channel equals the input: True
plain = image.as_subclass(torch.Tensor)
print("3 channels:", tuple(v2.RGB()(plain).shape), "| returned as is:", v2.RGB()(plain) is plain)
#> 3 channels: (3, 150, 128) | returned as is: True

pil = v2.functional.to_pil_image(image)
print("PIL:", ", ".join(f"{m} -> {v2.RGB()(pil.convert(m)).mode}" for m in ("L", "RGBA", "P")))
#> PIL: L -> RGB, RGBA -> RGB, P -> RGB
rgba = torch.cat([image, torch.full((1, 150, 128), 255, dtype=torch.uint8)])
print("4-channel tensor:", tuple(rgba.shape), "->", tuple(v2.RGB()(rgba).shape))
#> 4-channel tensor: (4, 150, 128) -> (4, 150, 128)
try:
    v2.RGB()(image[:2])
except ValueError as e:
    print("2-channel tensor -> ValueError:", e)
    #> 2-channel tensor -> ValueError: not enough values to unpack (expected 3, got 2)

print("colour back:", torch.equal(rgb, image), "| same as Grayscale(num_output_channels=3):",
      torch.equal(rgb, v2.Grayscale(num_output_channels=3)(image)))
#> colour back: False | same as Grayscale(num_output_channels=3): True
save_row([image, gray.expand(3, -1, -1), rgb], "rgb.jpg")
#> <image rgb.jpg 400x158>
