import torch

g = torch.Generator().manual_seed(0)
dice = torch.randint(1, 7, (10_000,), generator=g)
print(dice.dtype, dice.min().item(), dice.max().item())
#> torch.int64 1 6
print(torch.bincount(dice)[1:])
#> tensor([1635, 1695, 1664, 1685, 1616, 1705])
print(torch.randint(3, (2, 4), generator=g))
#> tensor([[2, 0, 2, 2],
#>         [1, 2, 0, 1]])

try:
    torch.randint(0, 10, 5)
except TypeError as e:
    print(type(e).__name__, str(e).split(" - ")[0])
    #> TypeError randint() received an invalid combination of arguments

labels = torch.zeros(2, 3, dtype=torch.int64)
print(torch.randint_like(labels, 10, generator=g))
#> tensor([[0, 5, 9],
#>         [0, 1, 7]])
print(torch.randint_like(labels, 5, 8, generator=g))
#> tensor([[6, 6, 6],
#>         [6, 5, 5]])
