import multiprocessing

import torch
import torch.multiprocessing as mp


def add_one(shared):
    shared += 1


if __name__ == "__main__":
    print(mp.Process is multiprocessing.Process)
    #> True
    counts = torch.zeros(3)
    counts.share_memory_()
    print(counts.is_shared())
    #> True
    worker = mp.get_context("fork").Process(target=add_one, args=(counts,))
    worker.start()
    worker.join()
    print(counts)
    #> tensor([1., 1., 1.])
