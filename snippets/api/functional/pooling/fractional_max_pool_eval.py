import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(25.0).reshape(1, 1, 5, 5)
pool = nn.FractionalMaxPool2d(2, output_size=3).eval()
outputs = [pool(x)[0, 0, :, 1].tolist() for _ in range(4)]
print(pool.training, outputs)
#> False [[8.0, 13.0, 23.0], [7.0, 12.0, 22.0], [7.0, 17.0, 22.0], [8.0, 13.0, 23.0]]

samples = torch.full((1, 1, 2), 0.5)
fixed = nn.FractionalMaxPool2d(2, output_size=3, _random_samples=samples)
print(torch.equal(fixed(x), fixed(x)), torch.equal(fixed(x), F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=samples)))
#> True True
