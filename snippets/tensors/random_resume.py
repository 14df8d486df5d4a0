import random

import numpy as np
import torch
from torch.utils.data import DataLoader


def draw(loader):
    return [random.random(), np.random.rand(), torch.rand(1).item(), next(iter(loader)).tolist()]


random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
g = torch.Generator().manual_seed(0)
loader = DataLoader(torch.arange(8), batch_size=4, shuffle=True, generator=g)
draw(loader)

state = {
    "random": random.getstate(),
    "numpy": np.random.get_state(),
    "torch": torch.get_rng_state(),
    "loader": g.get_state(),
}
if torch.cuda.is_available():
    state["cuda"] = torch.cuda.get_rng_state_all()
expected = draw(loader)
print(expected[3])
#> [2, 0, 5, 6]

torch.set_rng_state(state["torch"])
print([a == b for a, b in zip(draw(loader), expected)])
#> [False, False, True, False]

random.setstate(state["random"])
np.random.set_state(state["numpy"])
torch.set_rng_state(state["torch"])
g.set_state(state["loader"])
if "cuda" in state:
    torch.cuda.set_rng_state_all(state["cuda"])
print([a == b for a, b in zip(draw(loader), expected)])
#> [True, True, True, True]
