import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
# %%
tensor = v2.PILToTensor()(pil)
print(type(tensor).__name__, tensor.dtype, tuple(tensor.shape), "values", tensor.min().item(), "to", tensor.max().item())
#> Tensor torch.uint8 (3, 150, 128) values 8 to 255
image = v2.ToImage()(pil)
print("ToImage:", type(image).__name__, "| same values:", torch.equal(tensor, image))
#> ToImage: Image | same values: True

for x in (np.array(pil), tensor):
    out = v2.PILToTensor()(x)
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__},",
          "returned as is:", out is x)
    #> numpy.ndarray -> numpy.ndarray, returned as is: True
    #> torch.Tensor -> torch.Tensor, returned as is: True
