import socket

import torch.distributed as dist
import torch.multiprocessing as mp
from torch.utils.data import DistributedSampler

WORLD_SIZE = 2
DATASET = list(range(8))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, port, queue):
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}",
                            rank=rank, world_size=WORLD_SIZE)
    sampler = DistributedSampler(DATASET, shuffle=True, seed=0)
    forgot = [list(sampler) for epoch in range(3)]
    remembered = []
    for epoch in range(3):
        sampler.set_epoch(epoch)
        remembered.append(list(sampler))
    gathered = [None] * WORLD_SIZE
    dist.all_gather_object(gathered, (rank, forgot, remembered))
    if rank == 0:
        queue.put(gathered)
    dist.destroy_process_group()


if __name__ == "__main__":
    queue = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(free_port(), queue), nprocs=WORLD_SIZE, join=True)
    results = queue.get()
    for title, column in (("without set_epoch", 1), ("with set_epoch(epoch)", 2)):
        print(title)
        for epoch in range(3):
            ranks = "  ".join(f"rank {r[0]}: {r[column][epoch]}" for r in results)
            print(f"  epoch {epoch}  {ranks}")
#> without set_epoch
#>   epoch 0  rank 0: [4, 7, 2, 1]  rank 1: [0, 3, 5, 6]
#>   epoch 1  rank 0: [4, 7, 2, 1]  rank 1: [0, 3, 5, 6]
#>   epoch 2  rank 0: [4, 7, 2, 1]  rank 1: [0, 3, 5, 6]
#> with set_epoch(epoch)
#>   epoch 0  rank 0: [4, 7, 2, 1]  rank 1: [0, 3, 5, 6]
#>   epoch 1  rank 0: [5, 2, 7, 1]  rank 1: [4, 6, 3, 0]
#>   epoch 2  rank 0: [0, 7, 6, 1]  rank 1: [4, 2, 5, 3]
