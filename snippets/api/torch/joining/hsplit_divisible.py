import torch

x = torch.arange(7)
try:
    torch.hsplit(x, 3)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError torch.hsplit attempted to split along dimension 0, but the size of the dimension
print([p.tolist() for p in torch.tensor_split(x, 3)])
#> [[0, 1, 2], [3, 4], [5, 6]]
