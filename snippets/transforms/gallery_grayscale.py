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
one = v2.Grayscale()(img)
three = v2.Grayscale(num_output_channels=3)(img)
print("Grayscale():", tuple(one.shape), one.dtype)
#> Grayscale(): (1, 150, 128) torch.uint8
print("Grayscale(num_output_channels=3):", tuple(three.shape), three.dtype)
#> Grayscale(num_output_channels=3): (3, 150, 128) torch.uint8
print("three equal channels:", three[0].equal(three[1]) and three[1].equal(three[2]))
#> three equal channels: True
print("same values:", three[0].equal(one[0]))
#> same values: True

save_grid([img, one.expand(3, -1, -1), three], "grayscale.jpg")
#> <image grayscale.jpg 400x158>
