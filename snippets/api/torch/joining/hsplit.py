import torch

m = torch.arange(12).reshape(2, 6)
print([p.shape for p in torch.hsplit(m, 3)])
#> [torch.Size([2, 2]), torch.Size([2, 2]), torch.Size([2, 2])]
print(torch.hsplit(m, [1, 4])[1])
#> tensor([[1, 2, 3],
#>         [7, 8, 9]])
print([p.tolist() for p in torch.vsplit(m, 2)])
#> [[[0, 1, 2, 3, 4, 5]], [[6, 7, 8, 9, 10, 11]]]
print([p.tolist() for p in torch.hsplit(torch.arange(6), 2)])
#> [[0, 1, 2], [3, 4, 5]]

cube = torch.arange(8).reshape(2, 2, 2)
front, back = torch.dsplit(cube, 2)
print(front.shape, front.squeeze(2).tolist())
#> torch.Size([2, 2, 1]) [[0, 2], [4, 6]]
print(front.untyped_storage().data_ptr() == cube.untyped_storage().data_ptr())
#> True
