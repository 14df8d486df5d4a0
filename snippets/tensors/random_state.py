import torch

torch.manual_seed(0)
state = torch.get_rng_state()
a = torch.randint(100, (5,))
torch.set_rng_state(state)
b = torch.randint(100, (5,))
print(a.tolist(), b.tolist())
#> [44, 39, 33, 60, 63] [44, 39, 33, 60, 63]
print(torch.initial_seed())
#> 0
