import torch

x = torch.arange(10)
pieces = torch.chunk(x, 3)
print([p.tolist() for p in pieces])
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
print([p.untyped_storage().data_ptr() == x.untyped_storage().data_ptr() for p in pieces])
#> [True, True, True]
pieces[1][0] = -1
print(x)
#> tensor([ 0,  1,  2,  3, -1,  5,  6,  7,  8,  9])

m = torch.arange(12).reshape(3, 4)
print([p.shape for p in torch.chunk(m, 2, dim=1)])
#> [torch.Size([3, 2]), torch.Size([3, 2])]
