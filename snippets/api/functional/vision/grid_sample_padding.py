import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.tensor([[[[10.0, 20.0, 30.0]]]])
xs = torch.tensor([-2.0, -1.0, 1.5])
grid = torch.stack([xs, torch.zeros(3)], dim=-1).reshape(1, 1, 3, 2)
print(((xs + 1) * 3 - 1) / 2)
#> tensor([-2.0000, -0.5000,  3.2500])
for padding_mode in ["zeros", "border", "reflection"]:
    out = F.grid_sample(img, grid, padding_mode=padding_mode, align_corners=False)
    print(f"{padding_mode:10}", out[0, 0, 0])
    #> zeros      tensor([0., 5., 0.])
    #> border     tensor([10., 10., 30.])
    #> reflection tensor([20.0000, 10.0000, 27.5000])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.grid_sample(img, grid)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. Please specify align_corners=True if the old behavior is desired. See the documentation of grid_sample for details.
