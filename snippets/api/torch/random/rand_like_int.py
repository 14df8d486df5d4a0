import torch

counts = torch.tensor([3, 1, 4])
try:
    torch.rand_like(counts)
except NotImplementedError as e:
    print(type(e).__name__, str(e))
    #> NotImplementedError "check_uniform_bounds" not implemented for 'Long'
torch.manual_seed(0)
print(torch.rand_like(counts, dtype=torch.float32))
#> tensor([0.4963, 0.7682, 0.0885])
