import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5, 6])
print(torch.stack([x, y]).shape, torch.stack([x, y], dim=1).shape)
#> torch.Size([2, 3]) torch.Size([3, 2])
print(torch.stack([x, y], dim=1))
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])
print(torch.equal(torch.stack([x, y]), torch.cat([x.unsqueeze(0), y.unsqueeze(0)])))
#> True

s = torch.stack([x, y])
s[0, 0] = 100
print(x)
#> tensor([1, 2, 3])

try:
    torch.stack([torch.zeros(3), torch.zeros(4)])
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError stack expects each tensor to be equal size, but got [3] at entry 0 and [4] at en
