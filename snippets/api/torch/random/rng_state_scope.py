import random

import torch

torch.manual_seed(0)
random.seed(0)
g = torch.Generator().manual_seed(0)
state = torch.get_rng_state()
before = (torch.rand(2), torch.rand(2, generator=g), random.random())
torch.set_rng_state(state)
after = (torch.rand(2), torch.rand(2, generator=g), random.random())
print(torch.equal(before[0], after[0]), torch.equal(before[1], after[1]), before[2] == after[2])
#> True False False
