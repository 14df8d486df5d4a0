import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 4)
print(F.pairwise_distance(x, x))
#> tensor([2.0000e-06])
print(torch.linalg.vector_norm(torch.full((4,), 1e-6)), 4 ** 0.5 * 1e-6)
#> tensor(2.0000e-06) 2e-06
print(F.pairwise_distance(x, x, p=1.0))
#> tensor([4.0000e-06])
print(F.pairwise_distance(x, x, eps=0.0))
#> tensor([0.])
