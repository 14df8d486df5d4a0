import torch
import torch.nn.functional as F

torch.manual_seed(0)
labels = torch.tensor([0, 2, 1])
codes = F.one_hot(labels)
print(codes)
#> tensor([[1, 0, 0],
#>         [0, 0, 1],
#>         [0, 1, 0]])
print(codes.dtype, codes.argmax(dim=1).tolist())
#> torch.int64 [0, 2, 1]
print(F.one_hot(labels, num_classes=5).tolist())
#> [[1, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 1, 0, 0, 0]]
print(tuple(F.one_hot(torch.tensor([[0, 3], [1, 1]])).shape))
#> (2, 2, 4)
