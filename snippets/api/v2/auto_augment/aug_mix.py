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
for severity in (3, 1, 10):
    outs = []
    for seed in (0, 1, 4, 7):
        torch.manual_seed(seed)
        outs.append(v2.AugMix(severity=severity)(image))
    changes = [round((out.float() - image.float()).abs().mean().item(), 1) for out in outs]
    print(f"severity {severity:2d}, seeds 0 1 4 7: mean |change| {changes}")
    if severity == 3:
        save_row([image] + outs, "aug_mix.jpg")
        print("  kinds:", {f"{type(out).__name__} {tuple(out.shape)} {out.dtype}" for out in outs},
              "| equal to the input:", [torch.equal(out, image) for out in outs])
#> severity  3, seeds 0 1 4 7: mean |change| [3.4, 5.0, 12.4, 27.2]
#>   kinds: {'Image (3, 150, 128) torch.uint8'} | equal to the input: [False, False, False, False]
#> severity  1, seeds 0 1 4 7: mean |change| [0.0, 1.6, 2.5, 0.3]
#> severity 10, seeds 0 1 4 7: mean |change| [5.1, 18.1, 29.0, 36.0]
augment = v2.AugMix()
for x in (v2.functional.to_pil_image(image), image.float() / 255):
    out = augment(x)
    dtype = f" {out.dtype}" if isinstance(out, torch.Tensor) else ""
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}{dtype}")
#> PIL.Image -> PIL.Image
#> torch.Tensor -> torch.Tensor torch.float32
#> <image aug_mix.jpg 664x158>
