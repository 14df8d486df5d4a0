import torch

x = torch.tensor([[-1.5, 2.0, 0.5],
                  [3.0, -4.0, 5.0]])
print(torch.where(x > 0, x, -x))
#> tensor([[1.5000, 2.0000, 0.5000],
#>         [3.0000, 4.0000, 5.0000]])
print(torch.equal(torch.where(x > 0, x, -x), x.abs()))
#> True
print(torch.where(x > 0, x, torch.tensor([10.0, 20.0, 30.0])))
#> tensor([[10.0000,  2.0000,  0.5000],
#>         [ 3.0000, 20.0000,  5.0000]])

print(torch.where(x > 0))
#> (tensor([0, 0, 1, 1]), tensor([1, 2, 0, 2]))
print(all(torch.equal(a, b) for a, b in zip(torch.where(x > 0), torch.nonzero(x > 0, as_tuple=True))))
#> True

i = torch.tensor([1, -2, 3])
print(torch.where(i > 0, i, 0).dtype, torch.where(i > 0, i, 0.5).dtype)
#> torch.int64 torch.float32
h = torch.tensor([1.0, -2.0], dtype=torch.float16)
print(torch.where(h > 0, h, 0.5).dtype, torch.where(h > 0, 1.0, 0.0).dtype)
#> torch.float16 torch.float32
