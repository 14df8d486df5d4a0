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
jitter = v2.ColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.1)
print("ranges:", jitter.brightness, jitter.contrast, jitter.saturation, jitter.hue)
#> ranges: (0.5, 1.5) (0.5, 1.5) (0.5, 1.5) (-0.1, 0.1)
for seed in range(3):
    torch.manual_seed(seed)
    params = jitter.make_params([image])
    torch.manual_seed(seed)
    out = jitter(image)
    factors = [round(params[f"{k}_factor"], 3) for k in ("brightness", "contrast", "saturation", "hue")]
    print(f"seed {seed}: order {params['fn_idx'].tolist()} factors {factors}",
          "| same as the call:", torch.equal(out, jitter.transform(image, params)))
    #> seed 0: order [0, 1, 3, 2] factors [0.632, 0.807, 1.134, -0.002] | same as the call: True
    #> seed 1: order [1, 3, 2, 0] factors [1.235, 0.529, 1.3, -0.021] | same as the call: True
    #> seed 2: order [0, 1, 3, 2] factors [0.974, 1.214, 1.119, -0.011] | same as the call: True

only_brightness = v2.ColorJitter(brightness=0.5)
torch.manual_seed(0)
factor = only_brightness.make_params([image])["brightness_factor"]
torch.manual_seed(0)
darker = only_brightness(image)
print(f"brightness {factor:.3f}: out == clamp(x * {factor:.3f}):",
      torch.equal(darker, (image.float() * factor).clamp(0, 255).to(torch.uint8)))
#> brightness 0.632: out == clamp(x * 0.632): True

boxes = tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128))
torch.manual_seed(0)
out = jitter({"image": image, "boxes": boxes})
print("boxes unchanged:", torch.equal(out["boxes"], boxes), type(out["boxes"]).__name__)
#> boxes unchanged: True BoundingBoxes
for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor), image):
    out = jitter(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor
    #> torchvision.Image -> torchvision.Image

wide = v2.ColorJitter(brightness=1.5)
drawn = []
for seed in range(4):
    torch.manual_seed(seed)
    drawn.append(round(wide.make_params([image])["brightness_factor"], 3))
print("brightness=1.5 -> range", wide.brightness, "| seeds 0-3:", drawn)
#> brightness=1.5 -> range (0.0, 2.5) | seeds 0-3: [0.33, 1.837, 1.186, 0.067]

scaled = v2.ToDtype(torch.float32, scale=True)(image)
normalized = v2.Normalize(mean=[0.5] * 3, std=[0.5] * 3)(scaled)
tiny_hue = v2.ColorJitter(hue=(0.001, 0.001))
print("hue shift 0.001, largest change: image in [0, 1]", round((tiny_hue(scaled) - scaled).abs().max().item(), 3),
      "| after Normalize", round((tiny_hue(normalized) - normalized).abs().max().item(), 3))
#> hue shift 0.001, largest change: image in [0, 1] 0.005 | after Normalize 0.937

panels, names = [image], []
for name, one in [("brightness", v2.ColorJitter(brightness=0.5)), ("contrast", v2.ColorJitter(contrast=0.7)),
                  ("saturation", v2.ColorJitter(saturation=1.0)), ("hue", v2.ColorJitter(hue=0.5))]:
    torch.manual_seed(0)
    names.append(f"{name} {one.make_params([image])[name + '_factor']:.2f}")
    torch.manual_seed(0)
    panels.append(one(image))
print("panels:", ", ".join(names))
#> panels: brightness 0.63, contrast 0.48, saturation 0.26, hue -0.37
save_row(panels, "color_jitter.jpg")
#> <image color_jitter.jpg 664x158>
