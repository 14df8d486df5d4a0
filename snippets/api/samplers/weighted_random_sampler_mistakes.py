import torch
from torch.utils.data import WeightedRandomSampler

labels = torch.tensor([0] * 8 + [1] * 2)
weights = (1.0 / torch.bincount(labels))[labels]
generator = torch.Generator().manual_seed(0)

with_replacement = WeightedRandomSampler(weights, num_samples=1000, generator=generator)
print("replacement=True  labels:", torch.bincount(labels[list(with_replacement)]).tolist())
#> replacement=True  labels: [500, 500]

without = WeightedRandomSampler(weights, num_samples=10, replacement=False, generator=generator)
for epoch in range(2):
    drawn = list(without)
    print(f"replacement=False epoch {epoch}: {drawn}  labels:", torch.bincount(labels[drawn]).tolist())
    #> replacement=False epoch 0: [9, 4, 6, 8, 0, 5, 2, 3, 1, 7]  labels: [8, 2]
    #> replacement=False epoch 1: [7, 1, 8, 9, 3, 6, 0, 2, 4, 5]  labels: [8, 2]

too_many = WeightedRandomSampler(weights, num_samples=11, replacement=False)
try:
    list(too_many)
except RuntimeError as error:
    print("num_samples=11 -> RuntimeError:", error)
    #> num_samples=11 -> RuntimeError: cannot sample n_sample > prob_dist.size(-1) samples without replacement

per_class = WeightedRandomSampler([0.2, 0.8], num_samples=1000, generator=generator)
print("two class weights -> indices drawn:", sorted(set(per_class)))
#> two class weights -> indices drawn: [0, 1]
