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
to_gray = v2.RandomGrayscale()
print("default p:", to_gray.p)
#> default p: 0.1
turned = []
for seed in range(20):
    torch.manual_seed(seed)
    turned.append(not torch.equal(to_gray(image), image))
print("p=0.1, seeds 0-19 turned gray:", [s for s, t in enumerate(turned) if t])
#> p=0.1, seeds 0-19 turned gray: [3, 13]

half = v2.RandomGrayscale(p=0.5)
panels, turned = [image], []
for seed in range(4):
    torch.manual_seed(seed)
    panels.append(half(image))
    turned.append(not torch.equal(panels[-1], image))
print("p=0.5, seeds 0-3 turned gray:", turned)
#> p=0.5, seeds 0-3 turned gray: [True, False, False, True]
print("seed 0:", tuple(panels[1].shape), "| == Grayscale(num_output_channels=3):",
      torch.equal(panels[1], v2.Grayscale(num_output_channels=3)(image)))
#> seed 0: (3, 150, 128) | == Grayscale(num_output_channels=3): True

always = v2.RandomGrayscale(p=1.0)
pil = v2.functional.to_pil_image(image)
print("channels kept:", tuple(always(image[:1]).shape), "| PIL", pil.mode, "->", always(pil).mode,
      "| PIL L ->", always(pil.convert("L")).mode)
#> channels kept: (1, 150, 128) | PIL RGB -> RGB | PIL L -> L
save_row(panels, "random_grayscale.jpg")
#> <image random_grayscale.jpg 664x158>
