import zipfile

import torch

torch.save({"w": torch.arange(4.0)}, "ckpt.pt")

print(torch.load("ckpt.pt", map_location="cpu")["w"].device)
#> cpu
print(torch.load("ckpt.pt", map_location="meta")["w"])
#> tensor(..., device='meta', size=(4,))
seen = []
torch.load("ckpt.pt", map_location=lambda storage, location: seen.append(location) or storage)
print(seen)
#> ['cpu']

mapped = torch.load("ckpt.pt", mmap=True)
mapped["w"][0] = 100.0
print(mapped["w"], torch.load("ckpt.pt")["w"])
#> tensor([100.,   1.,   2.,   3.]) tensor([0., 1., 2., 3.])

torch.save({"w": torch.arange(4.0)}, "legacy.pt", _use_new_zipfile_serialization=False)
print(zipfile.is_zipfile("legacy.pt"), torch.load("legacy.pt")["w"])
#> False tensor([0., 1., 2., 3.])
try:
    torch.load("legacy.pt", mmap=True)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" `")[0])
    #> RuntimeError mmap can only be used with files saved with
