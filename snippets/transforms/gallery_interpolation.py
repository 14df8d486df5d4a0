from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_grid(images, name):
    grid = make_grid(images, nrow=len(images), padding=4, pad_value=255)
    v2.functional.to_pil_image(grid).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    img = v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB")))
print("input:", tuple(img.shape), img.dtype)
#> input: (3, 150, 128) torch.uint8

# %%
face = v2.functional.crop(img, top=32, left=40, height=32, width=48)
modes = [v2.InterpolationMode.NEAREST, v2.InterpolationMode.BILINEAR, v2.InterpolationMode.BICUBIC]
outputs = [v2.Resize((120, 180), interpolation=mode)(face) for mode in modes]
for mode, out in zip(modes, outputs):
    print(mode.name, tuple(face.shape), "->", tuple(out.shape), out.dtype)
    #> NEAREST (3, 32, 48) -> (3, 120, 180) torch.uint8
    #> BILINEAR (3, 32, 48) -> (3, 120, 180) torch.uint8
    #> BICUBIC (3, 32, 48) -> (3, 120, 180) torch.uint8

from_pil_constant = v2.Resize((120, 180), interpolation=Image.BICUBIC)
print("Image.BICUBIC =", int(Image.BICUBIC), "same as BICUBIC:", from_pil_constant(face).equal(outputs[2]))
#> Image.BICUBIC = 3 same as BICUBIC: True
print("string 'bicubic' same:", v2.Resize((120, 180), interpolation="bicubic")(face).equal(outputs[2]))
#> string 'bicubic' same: True

save_grid(outputs, "interpolation.jpg")
#> <image interpolation.jpg 556x128>
