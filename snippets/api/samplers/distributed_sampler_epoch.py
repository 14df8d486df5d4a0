from torch.utils.data import DistributedSampler

dataset = list(range(8))
samplers = [DistributedSampler(dataset, num_replicas=2, rank=rank, seed=0) for rank in range(2)]

for epoch in range(3):
    shares = [list(s) for s in samplers]
    print(f"no set_epoch, epoch {epoch}: {shares}")
    #> no set_epoch, epoch 0: [[4, 7, 2, 1], [0, 3, 5, 6]]
    #> no set_epoch, epoch 1: [[4, 7, 2, 1], [0, 3, 5, 6]]
    #> no set_epoch, epoch 2: [[4, 7, 2, 1], [0, 3, 5, 6]]

for epoch in range(3):
    for s in samplers:
        s.set_epoch(epoch)
    shares = [list(s) for s in samplers]
    print(f"set_epoch({epoch}):          {shares}  all once: {sorted(shares[0] + shares[1]) == dataset}")
    #> set_epoch(0):          [[4, 7, 2, 1], [0, 3, 5, 6]]  all once: True
    #> set_epoch(1):          [[5, 2, 7, 1], [4, 6, 3, 0]]  all once: True
    #> set_epoch(2):          [[0, 7, 6, 1], [4, 2, 5, 3]]  all once: True

mixed = [list(DistributedSampler(dataset, num_replicas=2, rank=rank, seed=rank)) for rank in range(2)]
print(f"seed=rank:             {mixed}  all once: {sorted(mixed[0] + mixed[1]) == dataset}")
#> seed=rank:             [[4, 7, 2, 1], [4, 6, 3, 0]]  all once: False
