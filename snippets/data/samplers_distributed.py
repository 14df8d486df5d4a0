import socket

import torch.distributed as dist
import torch.multiprocessing as mp
from torch.utils.data import DistributedSampler

WORLD_SIZE = 2
DATASET = list(range(5))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, port, queue):
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}",
                            rank=rank, world_size=WORLD_SIZE)
    padded = DistributedSampler(DATASET, shuffle=False)
    dropped = DistributedSampler(DATASET, shuffle=False, drop_last=True)
    mine = (dist.get_rank(), list(padded), list(dropped))
    gathered = [None] * WORLD_SIZE
    dist.all_gather_object(gathered, mine)
    if rank == 0:
        queue.put(gathered)
    dist.destroy_process_group()


if __name__ == "__main__":
    queue = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(free_port(), queue), nprocs=WORLD_SIZE, join=True)
    print("dataset indices:", list(range(len(DATASET))))
    #> dataset indices: [0, 1, 2, 3, 4]
    for rank, padded, dropped in queue.get():
        print(f"rank {rank}  drop_last=False: {padded} ({len(padded)})"
              f"  drop_last=True: {dropped} ({len(dropped)})")
        #> rank 0  drop_last=False: [0, 2, 4] (3)  drop_last=True: [0, 2] (2)
        #> rank 1  drop_last=False: [1, 3, 0] (3)  drop_last=True: [1, 3] (2)
