import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.tensor([[3.0, 4.0], [0.6, 0.8], [6.0, 8.0], [0.3, 0.4]])
ptr = weight.data_ptr()
print(weight.norm(dim=1))
#> tensor([ 5.0000,  1.0000, 10.0000,  0.5000])
out = F.embedding(torch.tensor([0, 1, 3]), weight, max_norm=1.0)
print(out)
#> tensor([[0.6000, 0.8000],
#>         [0.6000, 0.8000],
#>         [0.3000, 0.4000]])
print(weight)
#> tensor([[0.6000, 0.8000],
#>         [0.6000, 0.8000],
#>         [6.0000, 8.0000],
#>         [0.3000, 0.4000]])
print(weight.norm(dim=1), weight.data_ptr() == ptr)
#> tensor([ 1.0000,  1.0000, 10.0000,  0.5000]) True

F.embedding(torch.tensor([2]), weight, max_norm=1.0, norm_type=1.0)
print(weight[2], weight[2].abs().sum())
#> tensor([0.4286, 0.5714]) tensor(1.)
