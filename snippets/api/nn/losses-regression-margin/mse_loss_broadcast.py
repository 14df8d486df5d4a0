import warnings

import torch
from torch import nn

pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 3.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = nn.MSELoss()(pred, target)
    per_element = nn.MSELoss(reduction="none")(pred, target)
print(caught[0].category.__name__ + ":", str(caught[0].message).split(". ")[0])
#> UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1]))
print("input", tuple(pred.shape), "target", tuple(target.shape), "-> 'none'", tuple(per_element.shape))
#> input (3, 1) target (3,) -> 'none' (3, 3)
print("loss:", round(wrong.item(), 4), "| mean over the 3x3 pairs:", round(((pred - target) ** 2).mean().item(), 4))
#> loss: 1.3333 | mean over the 3x3 pairs: 1.3333
print("target.view(-1, 1):", nn.MSELoss()(pred, target.view(-1, 1)).item())
#> target.view(-1, 1): 0.0
