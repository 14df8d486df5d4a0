import warnings

import torch

base = torch.tensor([2.0, 2.0, 2.0])
index = torch.tensor([0, 0, 2])
source = torch.tensor([3.0, 5.0, 4.0])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        torch.index_reduce(base, 0, index, source, "sum")
    except RuntimeError as e:
        print(type(e).__name__, str(e).splitlines()[0].removeprefix("index_reduce(): "))
        #> RuntimeError Expected reduce to be one of prod, mean, amax or amin but got sum.
print(torch.index_add(base, 0, index, source))
#> tensor([10.,  2.,  6.])
