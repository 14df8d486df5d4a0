import torch

src = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
index = torch.tensor([[3, 0], [1, 2], [0, 3]])
out = torch.scatter(torch.zeros(3, 4), 1, index, src)
print(out)
#> tensor([[2., 0., 0., 1.],
#>         [0., 3., 4., 0.],
#>         [5., 0., 0., 6.]])

column = torch.tensor([[1, 0, 1]])
print(torch.scatter(torch.zeros(2, 3), 0, column, torch.arange(1.0, 7.0).reshape(2, 3)))
#> tensor([[0., 2., 0.],
#>         [1., 0., 3.]])

print(torch.scatter(torch.zeros(5), 0, torch.tensor([4, 1]), torch.tensor([10.0, 20.0, 30.0])))
#> tensor([ 0., 20.,  0.,  0., 10.])
print(torch.scatter(torch.zeros(5), 0, torch.tensor([4, 1]), value=-1.0))
#> tensor([ 0., -1.,  0.,  0., -1.])
