import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(10.0).reshape(5, 2)
labels = torch.tensor([0, 1, 0, 1, 1])
dataset = TensorDataset(features, labels)
print(len(dataset), dataset[1])
#> 5 (tensor([2., 3.]), tensor(1))

loader = DataLoader(dataset, batch_size=2)
for batch_x, batch_y in loader:
    print(batch_x.shape, batch_y.tolist())
    #> torch.Size([2, 2]) [0, 1]
    #> torch.Size([2, 2]) [0, 1]
    #> torch.Size([1, 2]) [1]
