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
small = v2.CenterCrop(80)(img)
rect = v2.CenterCrop((50, 110))(img)
large = v2.CenterCrop(160)(img)
print("CenterCrop(80):", tuple(small.shape))
#> CenterCrop(80): (3, 80, 80)
print("CenterCrop((50, 110)):", tuple(rect.shape))
#> CenterCrop((50, 110)): (3, 50, 110)
print("CenterCrop(160):", tuple(large.shape), "corner pixel:", large[:, 0, 0].tolist())
#> CenterCrop(160): (3, 160, 160) corner pixel: [0, 0, 0]

save_row([img, small, large], "center_crop.jpg")
#> <image center_crop.jpg 496x168>
