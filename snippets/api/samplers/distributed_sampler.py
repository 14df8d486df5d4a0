from collections import Counter

import torch.distributed as dist
from torch.utils.data import DistributedSampler

dataset = list(range(10))
print("process group initialized:", dist.is_initialized())
#> process group initialized: False
try:
    DistributedSampler(dataset)
except ValueError as error:
    print("without num_replicas and rank -> ValueError:", error)
#> without num_replicas and rank -> ValueError: Default process group has not been initialized, please make sure to call init_process_group.

for drop_last in (False, True):
    print(f"drop_last={drop_last}")
    shares = []
    for rank in range(3):
        sampler = DistributedSampler(dataset, num_replicas=3, rank=rank, shuffle=False, drop_last=drop_last)
        shares.append(list(sampler))
        print(f"  rank {rank}: {shares[-1]}  len {len(sampler)}")
    counts = Counter(i for share in shares for i in share)
    print("  used twice:", sorted(i for i, c in counts.items() if c == 2),
          " never used:", sorted(set(dataset) - set(counts)))
#> drop_last=False
#>   rank 0: [0, 3, 6, 9]  len 4
#>   rank 1: [1, 4, 7, 0]  len 4
#>   rank 2: [2, 5, 8, 1]  len 4
#>   used twice: [0, 1]  never used: []
#> drop_last=True
#>   rank 0: [0, 3, 6]  len 3
#>   rank 1: [1, 4, 7]  len 3
#>   rank 2: [2, 5, 8]  len 3
#>   used twice: []  never used: [9]
