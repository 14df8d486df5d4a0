import torch
import torch.nn.functional as F

weight = torch.tensor([[0.0, 0.0],
                       [1.0, 1.0],
                       [2.0, 4.0],
                       [3.0, 9.0]])
ids = torch.tensor([[3, 1],
                    [2, 2]])
vectors = F.embedding(ids, weight)
print(vectors.shape, torch.equal(vectors, weight[ids]))
#> torch.Size([2, 2, 2]) True

one_hot = F.one_hot(ids, num_classes=4)
print(one_hot.shape, one_hot.dtype)
#> torch.Size([2, 2, 4]) torch.int64
print(one_hot[0])
#> tensor([[0, 0, 0, 1],
#>         [0, 1, 0, 0]])
print(torch.equal(one_hot.float() @ weight, vectors))
#> True
