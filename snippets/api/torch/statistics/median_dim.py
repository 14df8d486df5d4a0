import torch

x = torch.tensor([[1., 5., 3.], [4., 2., 6.], [9., 8., 7.]])
print(torch.median(x), torch.sort(x.flatten()).values[4])
#> tensor(5.) tensor(5.)
result = torch.median(x, dim=1)
print(type(result).__name__, result.values, result.indices)
#> median tensor([3., 4., 8.]) tensor([2, 0, 1])
values, indices = torch.median(x, dim=1, keepdim=True)
print(values.shape, torch.equal(x.gather(1, indices), values))
#> torch.Size([3, 1]) True
print(torch.median(x, dim=0).values)
#> tensor([4., 5., 6.])
