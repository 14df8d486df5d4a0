import torch
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(20.0).reshape(10, 2)
labels = torch.arange(10) % 3
dataset = TensorDataset(features, labels)
loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))

print(len(loader))
#> 3
x, y = next(iter(loader))
print(x.shape, y.shape)
#> torch.Size([4, 2]) torch.Size([4])
print(x)
#> tensor([[ 6.,  7.],
#>         [14., 15.],
#>         [10., 11.],
#>         [ 4.,  5.]])
print(y)
#> tensor([0, 1, 2, 2])
index = (x[:, 0] / 2).long()
print(index.tolist(), torch.equal(y, labels[index]))
#> [3, 7, 5, 2] True
print([len(labels_batch) for _, labels_batch in loader])
#> [4, 4, 2]
