import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
identity = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
for align in [False, True]:
    grid = F.affine_grid(identity, list(img.shape), align_corners=align)
    out = F.grid_sample(img, grid, align_corners=align)
    print(align, tuple(grid.shape), grid[0, 0, :, 0], torch.equal(out, img))
    #> False (1, 3, 3, 2) tensor([-0.6667,  0.0000,  0.6667]) True
    #> True (1, 3, 3, 2) tensor([-1.,  0.,  1.]) True
print(grid[0, :, 0, 1])
#> tensor([-1.,  0.,  1.])

print(tuple(F.affine_grid(identity, [1, 1, 2, 5], align_corners=False).shape))
#> (1, 2, 5, 2)

grid = F.affine_grid(identity, list(img.shape), align_corners=True)
print(F.grid_sample(img, grid, align_corners=False)[0, 0])
#> tensor([[0.2500, 1.0000, 0.7500],
#>         [2.0000, 5.0000, 3.0000],
#>         [1.7500, 4.0000, 2.2500]])
