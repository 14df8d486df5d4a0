import torch

x = torch.tensor([[0, 7, 0],
                  [5, 0, 9]])
print(torch.nonzero(x))
#> tensor([[0, 1],
#>         [1, 0],
#>         [1, 2]])
print(torch.equal(torch.nonzero(x), torch.argwhere(x)))
#> True
rows, cols = torch.nonzero(x, as_tuple=True)
print(rows, cols)
#> tensor([0, 1, 1]) tensor([1, 0, 2])
print(x[rows, cols], x[x != 0])
#> tensor([7, 5, 9]) tensor([7, 5, 9])
