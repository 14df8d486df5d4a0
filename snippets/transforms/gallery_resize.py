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
    pil = f.convert("RGB")
photo = v2.functional.pil_to_tensor(pil)
print("photo:", tuple(photo.shape), photo.dtype)
#> photo: (3, 600, 512) torch.uint8

# %%
img = v2.Resize(128)(photo)
by_int = v2.Resize(80)(img)
by_tuple = v2.Resize((80, 80))(img)
print("Resize(128):", tuple(img.shape))
#> Resize(128): (3, 150, 128)
print("Resize(80):", tuple(by_int.shape))
#> Resize(80): (3, 93, 80)
print("Resize((80, 80)):", tuple(by_tuple.shape), by_tuple.dtype)
#> Resize((80, 80)): (3, 80, 80) torch.uint8

resize = v2.Resize(80)
print("defaults:", resize.interpolation, resize.antialias)
#> defaults: bilinear True
print("tensor in:", tuple(resize(photo).shape))
#> tensor in: (3, 93, 80)
print("PIL in:", type(resize(pil)).__name__, resize(pil).size)
#> PIL in: Image (80, 93)

save_row([img, by_int, by_tuple], "resize.jpg")
#> <image resize.jpg 400x158>
