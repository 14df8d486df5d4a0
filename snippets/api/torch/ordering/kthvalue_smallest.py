import torch

x = torch.tensor([[5.0, 1.0, 4.0, 2.0, 3.0],
                  [10.0, 50.0, 20.0, 40.0, 30.0]])
result = torch.kthvalue(x, 2)
print(type(result).__name__, result.values, result.indices)
#> kthvalue tensor([ 2., 20.]) tensor([3, 2])
print(sorted(x[0].tolist())[2 - 1], sorted(x[1].tolist())[2 - 1])
#> 2.0 20.0
print(result.values.shape, torch.kthvalue(x, 2, keepdim=True).values.shape)
#> torch.Size([2]) torch.Size([2, 1])
print(torch.kthvalue(x, 1, dim=0).values)
#> tensor([5., 1., 4., 2., 3.])
