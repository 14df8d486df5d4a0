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
distort = v2.RandomPhotometricDistort()
for seed in range(4):
    torch.manual_seed(seed)
    params = distort.make_params([image])
    torch.manual_seed(seed)
    out = distort(image)
    drawn = {k.split("_")[0]: round(params[k], 3) for k in params if k.endswith("factor") and params[k] is not None}
    order = params["channel_permutation"]
    print(f"seed {seed}: {drawn} contrast {'first' if params['contrast_before'] else 'last'}",
          f"channels {order.tolist() if order is not None else '-'} | same as the call:", torch.equal(out, distort.transform(image, params)))
    #> seed 0: {'brightness': 1.067, 'contrast': 0.632, 'saturation': 1.134, 'hue': 0.04} contrast first channels - | same as the call: True
    #> seed 1: {'contrast': 0.903, 'hue': 0.03} contrast first channels - | same as the call: True
    #> seed 2: {'contrast': 1.137, 'saturation': 1.214} contrast first channels [2, 0, 1] | same as the call: True
    #> seed 3: {'brightness': 0.901, 'contrast': 0.527, 'saturation': 0.56} contrast last channels - | same as the call: True

torch.manual_seed(0)
untouched = sum(all(params[k] is None for k in params if k != "contrast_before")
                for params in (distort.make_params([image]) for _ in range(1000)))
print("p=0.5, draws with no operation at all:", untouched, "of 1000")
#> p=0.5, draws with no operation at all: 32 of 1000
torch.manual_seed(0)
params = v2.RandomPhotometricDistort(p=1.0).make_params([image])
print("p=1.0, operations drawn:", sum(params[k] is not None for k in params if k != "contrast_before"), "of 5")
#> p=1.0, operations drawn: 5 of 5

single = v2.RandomPhotometricDistort(brightness=0.2)
print("brightness=0.2 accepted:", single.brightness)
#> brightness=0.2 accepted: 0.2
try:
    single(image)
except TypeError as e:
    print("called ->", type(e).__name__, e)
    #> called -> TypeError 'float' object is not subscriptable
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor), image):
    out = distort(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

panels = [image]
for seed in range(3):
    torch.manual_seed(seed)
    panels.append(distort(image))
save_row(panels, "random_photometric_distort.jpg")
#> <image random_photometric_distort.jpg 532x158>
