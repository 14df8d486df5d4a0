import torch
import torch.nn.functional as F
from torchvision.transforms import v2
from torchvision.utils import make_grid

torch.manual_seed(0)
small = torch.randint(0, 256, (1, 3, 4, 4), dtype=torch.uint8)
modes = ["nearest", "bilinear", "bicubic"]
outputs = [F.interpolate(small, size=(96, 96), mode=mode)[0] for mode in modes]
for mode, out in zip(modes, outputs):
    print(f"{mode:8}", tuple(small.shape[1:]), "->", tuple(out.shape), out.dtype)
    #> nearest  (3, 4, 4) -> (3, 96, 96) torch.uint8
    #> bilinear (3, 4, 4) -> (3, 96, 96) torch.uint8
    #> bicubic  (3, 4, 4) -> (3, 96, 96) torch.uint8

grid = make_grid(outputs, nrow=len(outputs), padding=4, pad_value=255)
v2.functional.to_pil_image(grid).save("interpolate_modes.png")
#> <image interpolate_modes.png 304x104>
