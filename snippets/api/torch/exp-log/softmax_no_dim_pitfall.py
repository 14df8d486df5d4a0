import warnings

import torch
import torch.nn.functional as F

scores = torch.tensor([[1.0, 2.0, 3.0]])
try:
    torch.softmax(scores)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:60])
    #> TypeError softmax() missing 1 required positional arguments: "dim"

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    guessed = F.softmax(scores)
print(caught[0].category.__name__, str(caught[0].message).split(".")[0])
#> UserWarning Implicit dimension choice for softmax has been deprecated
print(torch.equal(guessed, torch.softmax(scores, dim=1)))
#> True
