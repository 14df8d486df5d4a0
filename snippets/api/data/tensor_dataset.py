import torch
from torch.utils.data import TensorDataset

features = torch.arange(12.0).reshape(4, 3)
labels = torch.tensor([0, 1, 0, 1])
dataset = TensorDataset(features, labels)

print(len(dataset))
#> 4
x, y = dataset[2]
print(x, y)
#> tensor([6., 7., 8.]) tensor(0)
print(torch.equal(x, features[2]) and torch.equal(y, labels[2]))
#> True
print(dataset[1:3])
#> (tensor([[3., 4., 5.],
#>         [6., 7., 8.]]), tensor([1, 0]))

try:
    TensorDataset(features, torch.tensor([0, 1]))
except AssertionError as error:
    print("AssertionError:", error)
    #> AssertionError: Size mismatch between tensors
