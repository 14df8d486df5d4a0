import torch

x = torch.ones(2, 3, 4)
print(torch.sum(x, dim=1).shape, torch.sum(x, dim=1, keepdim=True).shape)
#> torch.Size([2, 4]) torch.Size([2, 1, 4])
print(torch.sum(x, dim=(0, 2)), 2 * 4)
#> tensor([8., 8., 8.]) 8

i = torch.tensor([2_000_000_000, 2_000_000_000], dtype=torch.int32)
print(torch.sum(i), torch.sum(i).dtype)
#> tensor(4000000000) torch.int64
print(torch.sum(torch.tensor([True, True, False])))
#> tensor(2)
print(torch.sum(torch.tensor([1, 2]), dtype=torch.float64))
#> tensor(3., dtype=torch.float64)
print(torch.sum(torch.tensor([0.5, 0.5], dtype=torch.float16)).dtype)
#> torch.float16
