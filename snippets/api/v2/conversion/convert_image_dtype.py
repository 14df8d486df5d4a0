import warnings

import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
image = v2.ToImage()(pil)
# %%
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = v2.ConvertImageDtype(torch.float32)
    a = old(image)
print("warnings caught:", [str(w.message) for w in caught])
#> warnings caught: []
print("docstring:", v2.ConvertImageDtype.__doc__.splitlines()[0])
#> docstring: [DEPRECATED] Use ``v2.ToDtype(dtype, scale=True)`` instead.
b = v2.ToDtype(torch.float32, scale=True)(image)
print(type(a).__name__, a.dtype, "max", a.max().item(), "| equal to ToDtype(scale=True):", torch.equal(a, b))
#> Image torch.float32 max 1.0 | equal to ToDtype(scale=True): True
print("to uint8 and back:", torch.equal(v2.ConvertImageDtype(torch.uint8)(a), image))
#> to uint8 and back: True
print("PIL in:", type(old(pil)).__module__.split(".")[0], "| returned as is:", old(pil) is pil)
#> PIL in: PIL | returned as is: True
