import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(3, 4)
k = torch.randn(3, 4)
v = torch.randn(3, 4)

torch.manual_seed(1)
out = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
torch.manual_seed(1)
kept = torch.dropout(torch.softmax(q @ k.T / 2, dim=-1), 0.5, train=True)
print(kept)
#> tensor([[0.9762, 0.7028, 0.3210],
#>         [0.7893, 0.0000, 0.6238],
#>         [0.9086, 0.0000, 0.0000]])
print(torch.allclose(out, kept @ v))
#> True


class Naive(nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)


class ModeAware(nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, dropout_p=0.5 if self.training else 0.0)


for model in (Naive().eval(), ModeAware().eval()):
    print(type(model).__name__, model.training, torch.equal(model(q, k, v), model(q, k, v)))
    #> Naive False False
    #> ModeAware False True
