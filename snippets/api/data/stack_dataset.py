import torch
from torch.utils.data import ConcatDataset, DataLoader, StackDataset

images = torch.arange(8.0).reshape(4, 2)
labels = torch.tensor([0, 1, 1, 0])
names = ["a", "b", "c", "d"]

pairs = StackDataset(images, labels)
print(len(pairs), pairs[2])
#> 4 (tensor([4., 5.]), tensor(1))
named = StackDataset(image=images, label=labels, name=names)
print(named[2])
#> {'image': tensor([4., 5.]), 'label': tensor(1), 'name': 'c'}
print(next(iter(DataLoader(named, batch_size=2))))
#> {'image': tensor([[0., 1.],
#>         [2., 3.]]), 'label': tensor([0, 1]), 'name': ['a', 'b']}

print(len(StackDataset(images, labels)), len(ConcatDataset([images, labels])))
#> 4 8
for make in (lambda: StackDataset(images, labels[:3]), lambda: StackDataset(images, label=labels)):
    try:
        make()
    except ValueError as error:
        print("ValueError:", error)
        #> ValueError: Size mismatch between datasets
        #> ValueError: Supported either ``tuple``- (via ``args``) or``dict``- (via ``kwargs``) like input/output, but both types are given.
