import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 0.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_sum = F.l1_loss(pred, target, size_average=False)
    old_none = F.l1_loss(pred, target, reduce=False)
print(torch.equal(old_sum, F.l1_loss(pred, target, reduction="sum")))
#> True
print(torch.equal(old_none, F.l1_loss(pred, target, reduction="none")))
#> True
for w in caught:
    print(w.category.__name__ + ":", w.message)
    #> UserWarning: size_average and reduce args will be deprecated, please use reduction='sum' instead.
    #> UserWarning: size_average and reduce args will be deprecated, please use reduction='none' instead.
