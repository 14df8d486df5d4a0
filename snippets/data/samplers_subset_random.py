import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, TensorDataset

dataset = TensorDataset(torch.arange(10) * 10)

generator = torch.Generator().manual_seed(0)
order = torch.randperm(len(dataset), generator=generator).tolist()
train_indices, val_indices = order[:7], order[7:]
print("train indices:", sorted(train_indices), " val indices:", sorted(val_indices))
#> train indices: [0, 1, 3, 4, 5, 7, 9]  val indices: [2, 6, 8]

train_sampler = SubsetRandomSampler(train_indices, generator=generator)
val_sampler = SubsetRandomSampler(val_indices, generator=generator)
train_loader = DataLoader(dataset, batch_size=4, sampler=train_sampler)
val_loader = DataLoader(dataset, batch_size=4, sampler=val_sampler)

for epoch in range(2):
    batches = [batch[0].tolist() for batch in train_loader]
    print(f"epoch {epoch} train batches:", batches)
    #> epoch 0 train batches: [[90, 0, 50, 70], [30, 40, 10]]
    #> epoch 1 train batches: [[30, 10, 90, 70], [40, 50, 0]]
print("val batches:", [batch[0].tolist() for batch in val_loader])
#> val batches: [[20, 80, 60]]
print("len(train_sampler):", len(train_sampler), " len(train_loader):", len(train_loader))
#> len(train_sampler): 7  len(train_loader): 2
