import math

import torch
from torch import nn

logits = torch.tensor([[2.0, 0.0, -1.0], [0.5, 1.5, 0.0]])
target = torch.tensor([0, 2])
print("target dtype:", target.dtype)
#> target dtype: torch.int64

for reduction in ["none", "mean", "sum"]:
    loss = nn.CrossEntropyLoss(reduction=reduction)(logits, target)
    print(f"{reduction!r:7}", tuple(loss.shape), loss.round(decimals=4))
    #> 'none'  (2,) tensor([0.1698, 1.9644])
    #> 'mean'  () tensor(1.0671)
    #> 'sum'   () tensor(2.1342)

x = logits[0].tolist()
by_hand = -math.log(math.exp(x[0]) / sum(math.exp(v) for v in x))
print("sample 0 by hand: -log softmax(x)[0] =", round(by_hand, 4))
#> sample 0 by hand: -log softmax(x)[0] = 0.1698

two_steps = nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
print("= LogSoftmax + NLLLoss:", torch.allclose(nn.CrossEntropyLoss()(logits, target), two_steps))
#> = LogSoftmax + NLLLoss: True

soft = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]])
print("probability target:", soft.dtype, nn.CrossEntropyLoss(reduction="none")(logits, soft).round(decimals=4))
#> probability target: torch.float32 tensor([0.1698, 1.2144])

torch.manual_seed(0)
scores = torch.randn(2, 3, 4, 5)
labels = torch.randint(0, 3, (2, 4, 5))
print("(N, C, d1, d2)", tuple(scores.shape), "-> 'none'", tuple(nn.CrossEntropyLoss(reduction="none")(scores, labels).shape))
#> (N, C, d1, d2) (2, 3, 4, 5) -> 'none' (2, 4, 5)
try:
    nn.CrossEntropyLoss()(logits, target.float())
except RuntimeError as error:
    print("float class indices:", type(error).__name__)
    #> float class indices: RuntimeError
