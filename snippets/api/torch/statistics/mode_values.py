import torch

x = torch.tensor([3, 1, 3, 2, 2, 3])
result = torch.mode(x)
print(type(result).__name__, result.values, x[result.indices] == result.values)
#> mode tensor(3) tensor(True)
print(torch.mode(torch.tensor([2, 1, 1, 2, 5])).values)
#> tensor(1)
m = torch.tensor([[1, 1, 2], [3, 2, 2]])
print(torch.mode(m, dim=1).values, torch.mode(m, dim=0).values)
#> tensor([1, 2]) tensor([1, 1, 2])
print(torch.mode(m, dim=1, keepdim=True).values.shape)
#> torch.Size([2, 1])
