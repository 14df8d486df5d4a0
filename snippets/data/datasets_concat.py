import bisect

import torch
from torch.utils.data import ConcatDataset, TensorDataset

a = TensorDataset(torch.tensor([10, 11, 12]))
b = TensorDataset(torch.tensor([20, 21]))
c = TensorDataset(torch.tensor([30, 31, 32, 33]))

ds = ConcatDataset([a, b, c])
print("len:", len(ds), "cumulative_sizes:", ds.cumulative_sizes)
#> len: 9 cumulative_sizes: [3, 5, 9]
print("a + b is a ConcatDataset:", isinstance(a + b, ConcatDataset))
#> a + b is a ConcatDataset: True

print("index | part | local | ds[index]")
#> index | part | local | ds[index]
for i in range(len(ds)):
    part = bisect.bisect_right(ds.cumulative_sizes, i)
    local = i - (ds.cumulative_sizes[part - 1] if part else 0)
    print(f"{i:5} | {'abc'[part]:4} | {local:5} | {ds[i][0].item()}")
    #>     0 | a    |     0 | 10
    #>     1 | a    |     1 | 11
    #>     2 | a    |     2 | 12
    #>     3 | b    |     0 | 20
    #>     4 | b    |     1 | 21
    #>     5 | c    |     0 | 30
    #>     6 | c    |     1 | 31
    #>     7 | c    |     2 | 32
    #>     8 | c    |     3 | 33
