import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[[1.0, 5.0, 2.0, 0.0], [3.0, 4.0, 8.0, 7.0], [6.0, 0.0, 1.0, 2.0], [9.0, 3.0, 4.0, 5.0]]]])
values, indices = F.max_pool2d(x, 2, return_indices=True)
print(values[0, 0])
#> tensor([[5., 8.],
#>         [9., 5.]])
print(indices[0, 0])
#> tensor([[ 1,  6],
#>         [12, 15]])
print([(i // 4, i % 4) for i in indices.flatten().tolist()])
#> [(0, 1), (1, 2), (3, 0), (3, 3)]
print(torch.equal(x.flatten(2).gather(2, indices.flatten(2)), values.flatten(2)))
#> True

batch = torch.randn(2, 3, 4, 4)
_, batch_indices = F.max_pool2d(batch, 2, return_indices=True)
print(batch_indices.max().item(), 4 * 4, batch.numel())
#> 15 16 96

print(type(F.max_pool2d(x, 2)).__name__, type(F.max_pool2d_with_indices(x, 2, return_indices=False)).__name__)
#> Tensor tuple
print(F.max_pool1d_with_indices(x[0, :, 0], 2))
#> (tensor([[5., 2.]]), tensor([[1, 2]]))
print(F.max_pool3d_with_indices(torch.arange(8.0).reshape(1, 1, 2, 2, 2), 2)[1].flatten())
#> tensor([7])
