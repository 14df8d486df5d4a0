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
steps = {
    "invert": v2.RandomInvert(p=1.0),
    "solarize": v2.RandomSolarize(threshold=128, p=1.0),
    "posterize": v2.RandomPosterize(bits=2, p=1.0),
}
shuffled = v2.RandomOrder(list(steps.values()))
names = list(steps)
outs = []
for seed in range(4):
    torch.manual_seed(seed)
    outs.append(shuffled(image))
    torch.manual_seed(seed)
    order = [names[i] for i in torch.randperm(3)]
    same = torch.equal(outs[-1], v2.Compose([steps[name] for name in order])(image))
    print(f"seed {seed}: {', '.join(order):29} | pixel (row 60, col 64): {outs[-1][:, 60, 64].tolist()} | = Compose in this order: {same}")
    #> seed 0: posterize, invert, solarize   | pixel (row 60, col 64): [63, 64, 64] | = Compose in this order: True
    #> seed 1: solarize, posterize, invert   | pixel (row 60, col 64): [255, 191, 191] | = Compose in this order: True
    #> seed 2: invert, posterize, solarize   | pixel (row 60, col 64): [0, 127, 127] | = Compose in this order: True
    #> seed 3: solarize, invert, posterize   | pixel (row 60, col 64): [192, 128, 128] | = Compose in this order: True

save_row(outs, "random_order.jpg")
#> <image random_order.jpg 532x158>
