import torch
from torch import nn

torch.manual_seed(0)
table = nn.Embedding(5, 3, padding_idx=0)
print("row 0 at init:", table.weight[0].tolist())
#> row 0 at init: [0.0, 0.0, 0.0]
ids = torch.tensor([[2, 0, 0], [1, 2, 0]])
table(ids).sum().backward()
print("grad:")
#> grad:
print(table.weight.grad)
#> tensor([[0., 0., 0.],
#>         [1., 1., 1.],
#>         [2., 2., 2.],
#>         [0., 0., 0.],
#>         [0., 0., 0.]])

pretrained = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
frozen = nn.Embedding.from_pretrained(pretrained)
print("from_pretrained:", frozen(torch.tensor([2, 0])).tolist(), "requires_grad:", frozen.weight.requires_grad)
#> from_pretrained: [[5.0, 6.0], [1.0, 2.0]] requires_grad: False
trainable = nn.Embedding.from_pretrained(pretrained, freeze=False)
print("freeze=False requires_grad:", trainable.weight.requires_grad, "shares memory:", trainable.weight.data_ptr() == pretrained.data_ptr())
#> freeze=False requires_grad: True shares memory: True
