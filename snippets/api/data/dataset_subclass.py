import torch
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        return torch.tensor([index, index**2])


squares = Squares(4)
print(len(squares), squares[3])
#> 4 tensor([3, 9])
print(next(iter(DataLoader(squares, batch_size=4))))
#> tensor([[0, 0],
#>         [1, 1],
#>         [2, 4],
#>         [3, 9]])
both = squares + Squares(2)
print(type(both).__name__, len(both))
#> ConcatDataset 6

pairs = [(torch.tensor([i, i**2]), i % 2) for i in range(4)]
print(isinstance(pairs, Dataset))
#> False
print(next(iter(DataLoader(pairs, batch_size=4))))
#> [tensor([[0, 0],
#>         [1, 1],
#>         [2, 4],
#>         [3, 9]]), tensor([0, 1, 0, 1])]
