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
r, g, b = image.float()
weighted = 0.2989 * r + 0.587 * g + 0.114 * b
print("pixel (57, 66): RGB", image[:, 57, 66].tolist(), "| weighted", round(weighted[57, 66].item(), 3),
      "| Grayscale", gray[0, 57, 66].item())
#> pixel (57, 66): RGB [252, 192, 172] | weighted 207.635 | Grayscale 207
print("shape", tuple(gray.shape), gray.dtype, "| equals the weighted sum, truncated:",
      torch.equal(gray[0], weighted.to(torch.uint8)), "| rounded:", torch.equal(gray[0], weighted.round().to(torch.uint8)))
#> shape (1, 150, 128) torch.uint8 | equals the weighted sum, truncated: True | rounded: False
three = v2.Grayscale(num_output_channels=3)(image)
print("num_output_channels=3:", tuple(three.shape), "| channels equal:", torch.equal(three[0], three[1]) and torch.equal(three[1], three[2]))
#> num_output_channels=3: (3, 150, 128) | channels equal: True
print("1-channel input:", tuple(v2.Grayscale()(gray).shape), torch.equal(v2.Grayscale()(gray), gray))
#> 1-channel input: (1, 150, 128) True

pil = v2.functional.to_pil_image(image)
print("PIL:", pil.mode, "->", v2.Grayscale()(pil).mode, "| num_output_channels=3 ->", v2.Grayscale(num_output_channels=3)(pil).mode)
#> PIL: RGB -> L | num_output_channels=3 -> RGB
from_pil = v2.functional.pil_to_tensor(v2.Grayscale()(pil))
print(f"PIL vs tensor: {(from_pil != gray).float().mean():.0%} of pixels differ, by at most",
      (from_pil.int() - gray.int()).abs().max().item(), "| pixel (57, 66): PIL", from_pil[0, 57, 66].item())
#> PIL vs tensor: 50% of pixels differ, by at most 1 | pixel (57, 66): PIL 208
try:
    v2.Grayscale(num_output_channels=2)(image)
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: num_output_channels must be 1 or 3, got 2.

again = v2.Grayscale()(three)
print("gray again: pixel", three[0, 57, 66].item(), "->", again[0, 57, 66].item(),
      f"| {(again < gray).sum()} of {gray.numel()} pixels darker, by at most", (gray.int() - again.int()).max().item())
#> gray again: pixel 207 -> 206 | 19200 of 19200 pixels darker, by at most 1
print("weights sum to", round(0.2989 + 0.587 + 0.114, 4))
#> weights sum to 0.9999

save_row([image] + [c.expand(3, -1, -1) for c in (image[:1], image[1:2], image[2:], gray)], "grayscale.jpg")
#> <image grayscale.jpg 664x158>
