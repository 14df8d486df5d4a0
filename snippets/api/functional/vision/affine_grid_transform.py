import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)


def warp(theta, **kwargs):
    grid = F.affine_grid(torch.tensor([theta]), list(img.shape), align_corners=False)
    return F.grid_sample(img, grid, align_corners=False, **kwargs)[0, 0]


pixel = 2 / 3
print(warp([[1.0, 0.0, -pixel], [0.0, 1.0, 0.0]]))
#> tensor([[0., 1., 2.],
#>         [0., 4., 5.],
#>         [0., 7., 8.]])
print(warp([[1.0, 0.0, pixel], [0.0, 1.0, 0.0]], padding_mode="border"))
#> tensor([[2., 3., 3.],
#>         [5., 6., 6.],
#>         [8., 9., 9.]])
rotated = warp([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0]])
print(rotated)
#> tensor([[3., 6., 9.],
#>         [2., 5., 8.],
#>         [1., 4., 7.]])
print(torch.equal(rotated, torch.rot90(img[0, 0], 1)))
#> True
quarter = [[1.0, 0.0, -pixel / 4], [0.0, 1.0, 0.0]]
print(warp(quarter)[0], warp(quarter, mode="nearest")[0])
#> tensor([0.7500, 1.7500, 2.7500]) tensor([1., 2., 3.])
