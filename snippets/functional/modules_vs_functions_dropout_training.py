import torch
import torch.nn as nn
import torch.nn.functional as F


class Right(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


class Wrong(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)


torch.manual_seed(0)
x = torch.ones(6)
right = Right().eval()
wrong = Wrong().eval()
print(right.training, wrong.training)
#> False False

print(right(x).tolist(), right(x).tolist())
#> [1.0, 1.0, 1.0, 1.0, 1.0, 1.0] [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
print(wrong(x).tolist(), wrong(x).tolist())
#> [0.0, 0.0, 2.0, 0.0, 0.0, 0.0] [2.0, 2.0, 0.0, 2.0, 2.0, 2.0]
