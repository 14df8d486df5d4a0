import torch

print(torch.get_num_interop_threads())
#> ...
y = (torch.ones(64, 64) @ torch.ones(64, 64)).sum()
torch.set_num_interop_threads(3)
print(torch.get_num_interop_threads())
#> 3

try:
    torch.set_num_interop_threads(4)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" or ")[0])
    #> RuntimeError Error: cannot set number of interop threads after parallel work has started
print(torch.get_num_interop_threads())
#> 3
