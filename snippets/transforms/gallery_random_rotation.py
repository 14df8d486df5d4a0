import torch
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
rotate = v2.RandomRotation(30)
print("RandomRotation(30).degrees:", rotate.degrees)
#> RandomRotation(30).degrees: [-30.0, 30.0]
results = []
for seed in range(4):
    torch.manual_seed(seed)
    angle = rotate.make_params([img])["angle"]
    torch.manual_seed(seed)
    results.append(rotate(img))
    print(f"seed {seed}: angle {angle:+.1f}, shape {tuple(results[-1].shape)}")
    #> seed 0: angle -0.2, shape (3, 150, 128)
    #> seed 1: angle +15.5, shape (3, 150, 128)
    #> seed 2: angle +6.9, shape (3, 150, 128)
    #> seed 3: angle -29.7, shape (3, 150, 128)

save_grid([img] + results, "random_rotation.jpg")
#> <image random_rotation.jpg 664x158>
