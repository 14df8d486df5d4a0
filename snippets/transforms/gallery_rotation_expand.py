from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h = max(i.shape[1] for i in images)
    w = max(i.shape[2] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[2], h - i.shape[1]], fill=255) for i in images]
    grid = make_grid(padded, nrow=len(padded), padding=4, pad_value=255)
    v2.functional.to_pil_image(grid).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    img = v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB")))
print("input:", tuple(img.shape), img.dtype)
#> input: (3, 150, 128) torch.uint8

# %%
kept = v2.RandomRotation(degrees=(45, 45))(img)
expanded = v2.RandomRotation(degrees=(45, 45), expand=True, fill=255)(img)
print("expand=False:", tuple(kept.shape))
#> expand=False: (3, 150, 128)
print("expand=True, fill=255:", tuple(expanded.shape))
#> expand=True, fill=255: (3, 198, 198)

try:
    v2.RandomRotation(45, resample=Image.BILINEAR)
except TypeError as e:
    print("resample:", e)
    #> resample: RandomRotation.__init__() got an unexpected keyword argument 'resample'
smooth = v2.RandomRotation(45, interpolation=v2.InterpolationMode.BILINEAR)
print("interpolation:", smooth.interpolation)
#> interpolation: InterpolationMode.BILINEAR

save_row([img, kept, expanded], "rotation_expand.jpg")
#> <image rotation_expand.jpg 610x206>
