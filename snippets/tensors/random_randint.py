import torch

torch.manual_seed(0)
dice = torch.randint(1, 7, (10_000,))
print(dice.dtype, dice[:8].tolist())
#> torch.int64 [3, 4, 6, 1, 2, 4, 2, 2]
print("values:", dice.unique().tolist())
#> values: [1, 2, 3, 4, 5, 6]
print("counts:", torch.bincount(dice)[1:].tolist())
#> counts: [1635, 1695, 1664, 1685, 1616, 1705]

coins = torch.randint(2, (3, 4))
print(coins)
#> tensor([[1, 1, 1, 0],
#>         [0, 0, 0, 0],
#>         [0, 1, 1, 0]])
