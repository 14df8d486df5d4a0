import torch

default = torch.get_num_threads()
print(default)
#> ...
torch.set_num_threads(1)
print(torch.get_num_threads())
#> 1
x = torch.randn(64, 64, generator=torch.Generator().manual_seed(0))
one_thread = x @ x
torch.set_num_threads(default)
print(torch.get_num_threads() == default, torch.allclose(one_thread, x @ x))
#> True True

try:
    torch.set_num_threads(0)
except RuntimeError as e:
    print(type(e).__name__, str(e))
    #> RuntimeError set_num_threads expects a positive integer
