import torch
from torch.utils.data import DataLoader, SubsetRandomSampler, TensorDataset

x = torch.arange(10.0)
dataset = TensorDataset(x, (x >= 5).long())
val_indices = [0, 3, 6]
loader = DataLoader(dataset, batch_size=2,
                    sampler=SubsetRandomSampler(val_indices, generator=torch.Generator().manual_seed(0)))

correct = sum(int(((inputs >= 5).long() == targets).sum()) for inputs, targets in loader)
print("correct:", correct, " len(loader.dataset):", len(loader.dataset), " len(loader.sampler):", len(loader.sampler))
#> correct: 3  len(loader.dataset): 10  len(loader.sampler): 3
print("accuracy over len(loader.dataset):", correct / len(loader.dataset))
#> accuracy over len(loader.dataset): 0.3
print("accuracy over len(loader.sampler):", correct / len(loader.sampler))
#> accuracy over len(loader.sampler): 1.0
