import torch

x = torch.tensor([[1, 8, 3],
                  [6, 2, 9]])
mask = x > 4
print(mask)
#> tensor([[False,  True, False],
#>         [ True, False,  True]])
print(torch.masked_select(x, mask))
#> tensor([8, 6, 9])
print(torch.equal(torch.masked_select(x, mask), x[mask]))
#> True
col_mask = torch.tensor([True, False, True])
print(torch.masked_select(x, col_mask))
#> tensor([1, 3, 6, 9])
