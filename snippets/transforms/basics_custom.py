import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid


class AddGaussianNoise:
    def __init__(self, std=0.1):
        self.std = std

    def __call__(self, image):
        noisy = image + torch.randn_like(image) * self.std
        return noisy.clamp(0.0, 1.0)

    def __repr__(self):
        return f"{type(self).__name__}(std={self.std})"


transform = v2.Compose([
    v2.ToImage(),
    v2.Resize(200),
    v2.CenterCrop(160),
    v2.ToDtype(torch.float32, scale=True),
    AddGaussianNoise(std=0.15),
])
print(transform.transforms[-1])
#> AddGaussianNoise(std=0.15)

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    img = f.convert("RGB")

clean = v2.Compose(transform.transforms[:-1])(img)
torch.manual_seed(0)
noisy = transform(img)
print(type(noisy).__name__, tuple(noisy.shape), noisy.dtype)
#> Tensor (3, 160, 160) torch.float32
print(f"mean |noise|: {(noisy - clean).abs().mean():.3f}")
#> mean |noise|: 0.103

grid = make_grid([clean, noisy], padding=4, pad_value=1.0)
picture = v2.functional.to_pil_image(grid)
picture.save("custom.jpg", quality=85)
#> <image custom.jpg 332x168>
