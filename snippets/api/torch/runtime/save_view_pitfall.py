import os

import torch

big = torch.zeros(1_000_000)
row = big[:3]
torch.save(row, "view.pt")
torch.save(row.clone(), "clone.pt")
print(os.path.getsize("view.pt") > 4_000_000, os.path.getsize("clone.pt") < 4_000)
#> True True

loaded = torch.load("view.pt")
print(loaded.shape, loaded.untyped_storage().nbytes())
#> torch.Size([3]) 4000000
print(torch.load("clone.pt").untyped_storage().nbytes())
#> 12
