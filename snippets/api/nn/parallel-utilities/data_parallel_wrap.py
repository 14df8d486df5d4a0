import re
import warnings

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(3, 2).to(device)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dp = nn.DataParallel(model)
print("warnings:", len(caught))
#> warnings: 0
print(dp)
#> DataParallel(
#>   (module): Linear(in_features=3, out_features=2, bias=True)
#> )
print("dp.module is model:", dp.module is model)
#> dp.module is model: True

x = torch.randn(8, 3, device=device)
print("output:", tuple(dp(x).shape), "equals model(x):", torch.allclose(dp(x), model(x)))
#> output: (8, 2) equals model(x): True
print("CUDA available:", torch.cuda.is_available(), "device_ids:", dp.device_ids)
#> CUDA available: ... device_ids: ...
print("parameters:", sum(p.numel() for p in dp.parameters()), "=", 3 * 2 + 2)
#> parameters: 8 = 8

doc = re.sub(r":class:`~?([\w.]+)`", r"\1", " ".join(nn.DataParallel.__doc__.split()))
start = doc.index("It is recommended")
print(doc[start:doc.index("node.", start) + 5])
#> It is recommended to use torch.nn.parallel.DistributedDataParallel, instead of this class, to do multi-GPU training, even if there is only a single node.
