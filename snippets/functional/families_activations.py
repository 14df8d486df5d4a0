import torch
import torch.nn.functional as F

torch.set_printoptions(precision=4)
x = torch.tensor([-2.0, -0.5, 0.0, 1.0, 3.0])
print(F.relu(x))
#> tensor([0., 0., 0., 1., 3.])
print(F.gelu(x))
#> tensor([-0.0455, -0.1543,  0.0000,  0.8413,  2.9959])

logits = torch.tensor([[1.0, 2.0, 3.0],
                       [1.0, 1.0, 1.0]])
print(F.softmax(logits, dim=1).sum(dim=1))
#> tensor([1., 1.])
print(F.softmax(logits, dim=0).sum(dim=0))
#> tensor([1.0000, 1.0000, 1.0000])
print(F.log_softmax(logits, dim=1).exp().allclose(F.softmax(logits, dim=1)))
#> True
