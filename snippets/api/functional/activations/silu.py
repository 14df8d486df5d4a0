import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.silu(x)
print(y)
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616])
print(x * torch.sigmoid(x))
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616])
print(torch.equal(y, nn.SiLU()(x)))
#> True

grid = torch.linspace(-5, 5, 10001)
low = F.silu(grid).min()
print(f"min {low:.4f} at x = {grid[F.silu(grid).argmin()]:.3f}")
#> min -0.2785 at x = -1.278

ptr = x.data_ptr()
out = F.silu(x, inplace=True)
print(x, out.data_ptr() == ptr)
#> tensor([-0.2384, -0.1888,  0.0000,  0.3112,  1.7616]) True
