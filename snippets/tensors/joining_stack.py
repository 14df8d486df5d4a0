import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.stack([a, b]).shape, torch.stack([a, b], dim=1).shape)
#> torch.Size([2, 3]) torch.Size([3, 2])
print(torch.stack([a, b], dim=1))
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])

same = torch.cat([a.unsqueeze(0), b.unsqueeze(0)])
print(torch.equal(same, torch.stack([a, b])))
#> True

try:
    torch.stack([a, torch.tensor([7, 8])])
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [2] at entry 1
