import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(25.0).reshape(1, 1, 5, 5)
first = F.fractional_max_pool2d(x, 2, output_size=3)
second = F.fractional_max_pool2d(x, 2, output_size=3)
print(first[0, 0, 0], second[0, 0, 0], torch.equal(first, second))
#> tensor([6., 8., 9.]) tensor([6., 7., 9.]) False

torch.manual_seed(0)
print(torch.equal(F.fractional_max_pool2d(x, 2, output_size=3), first))
#> True

for u in [0.0, 0.5]:
    samples = torch.full((1, 1, 2), u)
    values, indices = F.fractional_max_pool2d(x, 2, output_size=3, return_indices=True, _random_samples=samples)
    print(u, values[0, 0, 0].tolist(), indices[0, 0, 0].tolist())
    #> 0.0 [6.0, 7.0, 9.0] [6, 7, 9]
    #> 0.5 [6.0, 8.0, 9.0] [6, 8, 9]

samples = torch.rand(1, 1, 2)
a = F.fractional_max_pool2d_with_indices(x, 2, output_size=3, _random_samples=samples)
b = F.fractional_max_pool2d_with_indices(x, 2, output_size=3, _random_samples=samples)
print(torch.equal(a[0], b[0]), torch.equal(a[1], b[1]))
#> True True

volume = torch.arange(125.0).reshape(1, 1, 5, 5, 5)
samples3 = torch.full((1, 1, 3), 0.5)
print(F.fractional_max_pool3d(volume, 2, output_size=2, _random_samples=samples3).flatten())
#> tensor([ 31.,  34.,  46.,  49., 106., 109., 121., 124.])
print(F.fractional_max_pool3d_with_indices(volume, 2, output_ratio=0.5, _random_samples=samples3)[1].flatten())
#> tensor([ 31,  34,  46,  49, 106, 109, 121, 124])
