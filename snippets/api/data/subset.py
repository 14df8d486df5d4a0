import torch
from torch.utils.data import Subset, TensorDataset

values = torch.tensor([10, 20, 30, 40, 50])
dataset = TensorDataset(values)
part = Subset(dataset, [4, 0, 4])

print(len(part), [int(x) for (x,) in part])
#> 3 [50, 10, 50]
print(part.dataset is dataset, part.indices)
#> True [4, 0, 4]
values[0] = -1
print(part[1])
#> (tensor(-1),)

print(hasattr(part, "tensors"), part.dataset.tensors[0].shape)
#> False torch.Size([5])
