import warnings

import torch
from torch import nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.NLLLoss2d()
print(caught[0].category.__name__ + ":", str(caught[0].message).split(" and see")[0])
#> FutureWarning: `NLLLoss2d` has been deprecated. Please use `NLLLoss` instead as a drop-in replacement
print("subclass of NLLLoss:", issubclass(nn.NLLLoss2d, nn.NLLLoss))
#> subclass of NLLLoss: True

torch.manual_seed(0)
log_p = torch.randn(2, 3, 4, 4).log_softmax(dim=1)
target = torch.randint(0, 3, (2, 4, 4))
print("same value as NLLLoss:", torch.equal(old(log_p, target), nn.NLLLoss()(log_p, target)))
#> same value as NLLLoss: True
