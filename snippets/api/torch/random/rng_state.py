import torch

torch.manual_seed(0)
state = torch.get_rng_state()
print(state.dtype, state.shape)
#> torch.uint8 torch.Size([5056])
a = torch.randint(100, (5,))
print(torch.equal(torch.get_rng_state(), state))
#> False
torch.set_rng_state(state)
b = torch.randint(100, (5,))
print(a.tolist(), b.tolist())
#> [44, 39, 33, 60, 63] [44, 39, 33, 60, 63]
print(torch.equal(torch.get_rng_state(), torch.default_generator.get_state()))
#> True
