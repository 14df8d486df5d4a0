import torch

x = torch.tensor([[1., 5., 5.],
                  [7., 2., 7.]])
print(torch.max(x), torch.min(x))
#> tensor(7.) tensor(1.)

r = torch.max(x, dim=1)
print(type(r))
#> <class 'torch.return_types.max'>
print(r.values, r.indices)
#> tensor([5., 7.]) tensor([1, 0])
values, indices = torch.min(x, dim=0, keepdim=True)
print(values, indices, values.shape)
#> tensor([[1., 2., 5.]]) tensor([[0, 1, 0]]) torch.Size([1, 3])

cap = torch.tensor([4., 4., 4.])
print(torch.max(x, cap))
#> tensor([[4., 5., 5.],
#>         [7., 4., 7.]])
print(torch.equal(torch.max(x, cap), torch.maximum(x, cap)), torch.equal(torch.min(x, cap), torch.minimum(x, cap)))
#> True True
