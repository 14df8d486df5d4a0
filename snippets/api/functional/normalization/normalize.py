import torch
import torch.nn.functional as F

x = torch.tensor([[3.0, 4.0], [1.0, 1.0], [0.0, 0.0]])
y = F.normalize(x)
print(y)
#> tensor([[0.6000, 0.8000],
#>         [0.7071, 0.7071],
#>         [0.0000, 0.0000]])
print(y.norm(dim=1))
#> tensor([1.0000, 1.0000, 0.0000])
print(F.normalize(x, p=1))
#> tensor([[0.4286, 0.5714],
#>         [0.5000, 0.5000],
#>         [0.0000, 0.0000]])
print(F.normalize(x, dim=0)[:, 0], torch.allclose(F.normalize(x, dim=0)[:, 0], x[:, 0] / x[:, 0].norm()))
#> tensor([0.9487, 0.3162, 0.0000]) True

tiny = torch.tensor([[1e-13, 0.0]])
print(F.normalize(tiny), F.normalize(tiny, eps=1e-15))
#> tensor([[0.1000, 0.0000]]) tensor([[1., 0.]])

out = torch.empty(3, 2)
print(F.normalize(x, out=out) is out)
#> True
