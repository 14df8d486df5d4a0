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
batch = v2.functional.to_dtype(torch.stack([image, image.flip(-1), image.flip(-2), 255 - image]), torch.float32, scale=True)
labels = torch.tensor([0, 1, 2, 3])
mixup = v2.MixUp(num_classes=4)
torch.manual_seed(1)
mixed, soft = mixup(batch, labels)
print("images:", tuple(mixed.shape), mixed.dtype, "| labels:", tuple(labels.shape), "->", tuple(soft.shape), soft.dtype)
#> images: (4, 3, 150, 128) torch.float32 | labels: (4,) -> (4, 4) torch.float32
print(soft)
#> tensor([[0.6003, 0.0000, 0.0000, 0.3997],
#>         [0.3997, 0.6003, 0.0000, 0.0000],
#>         [0.0000, 0.3997, 0.6003, 0.0000],
#>         [0.0000, 0.0000, 0.3997, 0.6003]])
lam = soft[0, 0].item()
print(f"lambda from the labels {lam:.4f}; out == lam * x + (1 - lam) * x.roll(1, 0):",
      torch.allclose(mixed, lam * batch + (1 - lam) * batch.roll(1, 0)))
#> lambda from the labels 0.6003; out == lam * x + (1 - lam) * x.roll(1, 0): True
print(f"one pixel: {mixed[0, 0, 0, 0]:.3f} == {lam:.3f} * {batch[0, 0, 0, 0]:.3f} + {1 - lam:.3f} * {batch[3, 0, 0, 0]:.3f}")
#> one pixel: 0.421 == 0.600 * 0.106 + 0.400 * 0.894
for alpha in (1.0, 0.2):
    lams = []
    for seed in range(6):
        torch.manual_seed(seed)
        lams.append(round(v2.MixUp(alpha=alpha, num_classes=4)(batch, labels)[1][0, 0].item(), 3))
    print(f"alpha {alpha}: lambda for seeds 0-5 {lams}")
    #> alpha 1.0: lambda for seeds 0-5 [0.864, 0.6, 0.675, 0.656, 0.284, 0.546]
    #> alpha 0.2: lambda for seeds 0-5 [0.0, 0.96, 0.512, 0.993, 1.0, 0.011]
save_row(list(v2.functional.to_dtype(mixed, torch.uint8, scale=True)), "mix_up.jpg")
#> <image mix_up.jpg 532x158>
