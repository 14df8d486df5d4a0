import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.tensor([1.0, 2.0, 3.0])
torch.manual_seed(0)
sample = F.gumbel_softmax(logits, tau=1.0)
torch.manual_seed(0)
gumbels = -torch.empty_like(logits).exponential_().log()
print(sample, sample.sum())
#> tensor([0.0196, 0.1523, 0.8281]) tensor(1.)
print(torch.allclose(sample, F.softmax((logits + gumbels) / 1.0, dim=-1)))
#> True
for tau in (0.1, 10.0):
    torch.manual_seed(0)
    print(f"tau={tau}:", F.gumbel_softmax(logits, tau=tau))
    #> tau=0.1: tensor([5.6516e-17, 4.4229e-08, 1.0000e+00])
    #> tau=10.0: tensor([0.2717, 0.3334, 0.3949])

torch.manual_seed(0)
draws = F.gumbel_softmax(logits.expand(10000, 3), hard=True)
print(draws.mean(dim=0), F.softmax(logits, dim=-1))
#> tensor([0.0872, 0.2413, 0.6715]) tensor([0.0900, 0.2447, 0.6652])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.gumbel_softmax(logits, eps=1e-5)
print([f"{w.category.__name__}: {w.message}" for w in caught])
#> ['UserWarning: `eps` parameter is deprecated and has no effect.']
