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
results = []
for sigma in (1.0, 2.0, 4.0):
    blur = v2.GaussianBlur(kernel_size=15, sigma=sigma)
    results.append(blur(img))
    print(f"sigma {sigma}: {tuple(results[-1].shape)} {results[-1].dtype}")
    #> sigma 1.0: (3, 150, 128) torch.uint8
    #> sigma 2.0: (3, 150, 128) torch.uint8
    #> sigma 4.0: (3, 150, 128) torch.uint8
print("default sigma range:", v2.GaussianBlur(kernel_size=15).sigma)
#> default sigma range: [0.1, 2.0]

save_grid([img] + results, "gaussian_blur.jpg")
#> <image gaussian_blur.jpg 532x158>
