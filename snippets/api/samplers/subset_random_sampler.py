import torch
from torch.utils.data import SubsetRandomSampler

indices = [2, 5, 7, 8]
generator = torch.Generator().manual_seed(0)
sampler = SubsetRandomSampler(indices, generator=generator)
for epoch in range(2):
    drawn = list(sampler)
    print(f"epoch {epoch}:", drawn, " same set:", sorted(drawn) == indices)
    #> epoch 0: [2, 5, 8, 7]  same set: True
    #> epoch 1: [2, 7, 8, 5]  same set: True
print("len:", len(sampler))
#> len: 4
