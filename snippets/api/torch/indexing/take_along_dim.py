import torch

x = torch.tensor([[4, 1, 3],
                  [2, 9, 5]])
order = torch.argsort(x, dim=1)
print(order)
#> tensor([[1, 2, 0],
#>         [0, 2, 1]])
print(torch.take_along_dim(x, order, dim=1))
#> tensor([[1, 3, 4],
#>         [2, 5, 9]])
print(torch.equal(torch.take_along_dim(x, order, dim=1), torch.sort(x, dim=1).values))
#> True

best = torch.argmax(x, dim=1, keepdim=True)
print(best.tolist(), torch.take_along_dim(x, best, dim=1).tolist())
#> [[0], [1]] [[4], [9]]
print(torch.take_along_dim(x, torch.argmax(x)), torch.argmax(x))
#> tensor([9]) tensor(4)

print(torch.take_along_dim(x, torch.tensor([[2, 0]]), dim=1))
#> tensor([[3, 4],
#>         [5, 2]])
