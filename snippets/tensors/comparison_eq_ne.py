import torch

a = torch.tensor([[2, 5], [4, 3]])
b = torch.tensor([[2, 8], [2, 3]])

print(torch.ne(a, b))
#> tensor([[False,  True],
#>         [ True, False]])
print(torch.eq(a, b))
#> tensor([[ True, False],
#>         [False,  True]])
print(torch.equal(torch.ne(a, b), a != b), torch.equal(torch.eq(a, b), a == b))
#> True True
print(torch.eq(a, 3))
#> tensor([[False, False],
#>         [False,  True]])
print(torch.eq(a, b).sum().item())
#> 2
