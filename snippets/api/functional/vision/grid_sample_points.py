import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.tensor([[[[10.0, 20.0, 30.0]]]])
xs = torch.tensor([-0.5, 0.0, 0.25, 0.5])
grid = torch.stack([xs, torch.zeros(4)], dim=-1).reshape(1, 1, 4, 2)
print(tuple(img.shape), tuple(grid.shape))
#> (1, 1, 1, 3) (1, 1, 4, 2)
for mode in ["bilinear", "nearest"]:
    print(f"{mode:8}", F.grid_sample(img, grid, mode=mode, align_corners=False)[0, 0, 0])
    #> bilinear tensor([12.5000, 20.0000, 23.7500, 27.5000])
    #> nearest  tensor([10., 20., 20., 30.])
W = 3
print(((xs + 1) * W - 1) / 2)
#> tensor([0.2500, 1.0000, 1.3750, 1.7500])
print(F.grid_sample(img, grid, align_corners=True)[0, 0, 0])
#> tensor([15.0000, 20.0000, 22.5000, 25.0000])
print((xs + 1) / 2 * (W - 1))
#> tensor([0.5000, 1.0000, 1.2500, 1.5000])

square = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
top_right = torch.tensor([[[[1.0, -1.0]]]])
print(F.grid_sample(square, top_right, align_corners=True).item())
#> 2.0
