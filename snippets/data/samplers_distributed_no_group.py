import torch.distributed as dist
from torch.utils.data import DistributedSampler

dataset = list(range(5))
print("process group initialized:", dist.is_initialized())
#> process group initialized: False

try:
    DistributedSampler(dataset)
except (RuntimeError, ValueError) as error:
    print(type(error).__name__ + ":", error)
    #> ValueError: Default process group has not been initialized, please make sure to call init_process_group.

for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=False)
    print(f"num_replicas=2, rank={rank}:", list(sampler))
    #> num_replicas=2, rank=0: [0, 2, 4]
    #> num_replicas=2, rank=1: [1, 3, 0]
