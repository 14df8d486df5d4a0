import torch

idx = torch.tril_indices(3, 3)
print(idx)
#> tensor([[0, 1, 1, 2, 2, 2],
#>         [0, 0, 1, 0, 1, 2]])
print(idx.shape, idx.dtype, 3 * 4 // 2)
#> torch.Size([2, 6]) torch.int64 6
print(torch.triu_indices(3, 3, offset=1))
#> tensor([[0, 0, 1],
#>         [1, 2, 2]])
print(torch.triu_indices(2, 4, offset=1))
#> tensor([[0, 0, 0, 1, 1],
#>         [1, 2, 3, 2, 3]])

m = torch.arange(1, 10).reshape(3, 3)
lower = m[idx[0], idx[1]]
print(lower)
#> tensor([1, 4, 5, 7, 8, 9])
print(torch.equal(lower, m[torch.tril(torch.ones(3, 3, dtype=torch.bool))]))
#> True
print(torch.equal(m.flatten().gather(0, idx[0] * 3 + idx[1]), lower))
#> True
print(torch.tril_indices(3, 3, dtype=torch.int32).dtype)
#> torch.int32
