import torch

x = torch.arange(7)
print([p.tolist() for p in torch.tensor_split(x, 3)])
#> [[0, 1, 2], [3, 4], [5, 6]]
print([p.tolist() for p in torch.tensor_split(x, [1, 4])])
#> [[0], [1, 2, 3], [4, 5, 6]]
print([p.tolist() for p in torch.tensor_split(x, sections=2)])
#> [[0, 1, 2, 3], [4, 5, 6]]
print([p.tolist() for p in torch.tensor_split(x, indices=[2, 2, 5])])
#> [[0, 1], [], [2, 3, 4], [5, 6]]
print([p.tolist() for p in torch.tensor_split(x, torch.tensor([1, 4]))])
#> [[0], [1, 2, 3], [4, 5, 6]]

m = torch.arange(8).reshape(2, 4)
pieces = torch.tensor_split(m, 3, dim=1)
print([p.shape for p in pieces])
#> [torch.Size([2, 2]), torch.Size([2, 1]), torch.Size([2, 1])]
print(all(p.untyped_storage().data_ptr() == m.untyped_storage().data_ptr() for p in pieces))
#> True
