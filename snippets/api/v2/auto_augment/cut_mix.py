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
batch = torch.stack([image, image.flip(-1), image.flip(-2), 255 - image])
labels = torch.tensor([0, 1, 2, 3])
cutmix = v2.CutMix(num_classes=4)
for seed in (1, 2, 3, 4):
    torch.manual_seed(seed)
    mixed, soft = cutmix(batch, labels)
    lam = soft[0, 0].item()
    pasted = (mixed[0] != batch[0]).any(0)
    rows, cols = pasted.nonzero().T
    x1, y1, x2, y2 = cols.min().item(), rows.min().item(), cols.max().item() + 1, rows.max().item() + 1
    area = pasted.sum().item() / (150 * 128)
    print(f"seed {seed}: box x {x1:3d}:{x2:3d}, y {y1:3d}:{y2:3d} | lambda from labels {lam:.4f},",
          f"1 - pasted area {1 - area:.4f}")
    #> seed 1: box x  39:119, y  85:150 | lambda from labels 0.7292, 1 - pasted area 0.7292
    #> seed 2: box x  68:128, y  69:150 | lambda from labels 0.7469, 1 - pasted area 0.7469
    #> seed 3: box x  88:128, y  95:150 | lambda from labels 0.8854, 1 - pasted area 0.8854
    #> seed 4: box x  40:128, y   0:100 | lambda from labels 0.5417, 1 - pasted area 0.5417
print("images:", tuple(mixed.shape), mixed.dtype, "| labels:", tuple(labels.shape), "->", tuple(soft.shape), soft.dtype)
#> images: (4, 3, 150, 128) torch.uint8 | labels: (4,) -> (4, 4) torch.float32
print(soft)
#> tensor([[0.5417, 0.0000, 0.0000, 0.4583],
#>         [0.4583, 0.5417, 0.0000, 0.0000],
#>         [0.0000, 0.4583, 0.5417, 0.0000],
#>         [0.0000, 0.0000, 0.4583, 0.5417]])
print("patch of image 0 comes from image 3:", torch.equal(mixed[0, :, y1:y2, x1:x2], batch[3, :, y1:y2, x1:x2]),
      "| of image 1 from image 0:", torch.equal(mixed[1, :, y1:y2, x1:x2], batch[0, :, y1:y2, x1:x2]))
#> patch of image 0 comes from image 3: True | of image 1 from image 0: True
save_row(list(mixed), "cut_mix.jpg")
#> <image cut_mix.jpg 532x158>
