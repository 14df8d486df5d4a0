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
x = v2.ToDtype(torch.float32, scale=True)(image)
noise = v2.GaussianNoise()
torch.manual_seed(0)
out = noise(x)
torch.manual_seed(0)
by_hand = (x + torch.randn_like(x) * 0.1).clamp(0, 1)
print("float in [0, 1]:", out.dtype, type(out).__name__, "| == clamp(x + N(0, 0.1), 0, 1):", torch.equal(out, by_hand))
#> float in [0, 1]: torch.float32 Image | == clamp(x + N(0, 0.1), 0, 1): True
mid = torch.full((3, 150, 128), 0.5)
for seed in range(3):
    torch.manual_seed(seed)
    added = noise(mid) - mid
    print(f"seed {seed}: noise at pixel (0, 0) {added[0, 0, 0]:+.3f} | noise std {added.std():.4f}")
    #> seed 0: noise at pixel (0, 0) -0.113 | noise std 0.0999
    #> seed 1: noise at pixel (0, 0) -0.153 | noise std 0.1005
    #> seed 2: noise at pixel (0, 0) -0.104 | noise std 0.0996

torch.manual_seed(0)
out8 = noise(torch.full((3, 150, 128), 128, dtype=torch.uint8))
print("uint8:", out8.dtype, f"| noise std {(out8.float() - 128).std():.1f} levels (0.1 * 255 = 25.5)")
#> uint8: torch.uint8 | noise std 25.1 levels (0.1 * 255 = 25.5)
white = torch.full((1, 1, 6), 250, dtype=torch.uint8)
for clip in (True, False):
    torch.manual_seed(0)
    print(f"uint8 250, clip={clip}:", v2.GaussianNoise(clip=clip)(white).flatten().tolist())
    #> uint8 250, clip=True: [255, 243, 195, 255, 223, 215]
    #> uint8 250, clip=False: [33, 243, 195, 8, 223, 215]
torch.manual_seed(0)
loose = v2.GaussianNoise(clip=False)(x)
print(f"float, clip=False: min {loose.min():.3f} max {loose.max():.3f}")
#> float, clip=False: min -0.358 max 1.276
for name, bad in [("PIL image", v2.functional.to_pil_image(image)), ("int32", image.to(torch.int32))]:
    try:
        noise(bad)
    except ValueError as e:
        print(name, "-> ValueError:", e)
        #> PIL image -> ValueError: Gaussian Noise is not implemented for PIL images.
        #> int32 -> ValueError: Input tensor is expected to be in uint8 or float dtype, got dtype=torch.int32

torch.manual_seed(0)
unscaled = noise(image.float())
print("image.float() (0-255):", f"{(unscaled == 1).float().mean():.0%} of pixels become 1.0")
#> image.float() (0-255): 100% of pixels become 1.0
panels = [image]
for sigma in (0.1, 0.3):
    torch.manual_seed(0)
    panels.append(v2.ToDtype(torch.uint8, scale=True)(v2.GaussianNoise(sigma=sigma)(x)))
save_row(panels, "gaussian_noise.jpg")
#> <image gaussian_noise.jpg 400x158>
