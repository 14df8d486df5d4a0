import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2
from torchvision.utils import make_grid

mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
train_transform = v2.Compose([
    v2.ToImage(),
    v2.RandomResizedCrop(160, scale=(0.3, 1.0)),
    v2.RandomHorizontalFlip(p=0.5),
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize(mean, std),
])

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    img = f.convert("RGB")

outputs = []
for seed in range(4):
    torch.manual_seed(seed)
    outputs.append(train_transform(img))
x = outputs[0]
print(type(x).__name__, tuple(x.shape), x.dtype, f"min {x.min():.2f} max {x.max():.2f}")
#> Image (3, 160, 160) torch.float32 min -2.02 max 2.64

denorm = torch.stack(outputs) * torch.tensor(std).view(3, 1, 1) + torch.tensor(mean).view(3, 1, 1)
grid = make_grid(denorm.clamp(0, 1), nrow=4, padding=4, pad_value=1.0)
picture = v2.functional.to_pil_image(grid)
picture.save("compose.jpg", quality=85)
print(picture.size)
#> (660, 168)
#> <image compose.jpg 660x168>
