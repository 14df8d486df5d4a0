import torch

g = torch.Generator(device="cpu")
print(g.device, g.manual_seed(7) is g, g.initial_seed())
#> cpu True 7
first = torch.rand(3, generator=g)
print(first)
#> tensor([0.5349, 0.1988, 0.6592])

state = g.get_state()
print(state.dtype, state.shape)
#> torch.uint8 torch.Size([5056])
second = torch.rand(3, generator=g)
g.set_state(state)
print(torch.equal(torch.rand(3, generator=g), second))
#> True

a = torch.Generator().manual_seed(7)
b = torch.Generator().manual_seed(7)
from_a = torch.rand(3, generator=a)
torch.rand(1000, generator=b)
torch.rand(1000)
print(torch.equal(from_a, first), torch.equal(torch.rand(3, generator=b), first))
#> True False
