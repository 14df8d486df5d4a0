import torch

values = torch.tensor([10.0, 20.0, 30.0, 40.0, 50.0])
groups = torch.tensor([0, 2, 0, 1, 0])
totals = torch.zeros(3).scatter_add_(0, groups, values)
print(totals)
#> tensor([90., 40., 20.])

for g in range(3):
    members = values[groups == g].tolist()
    print(f"totals[{g}] = sum of {members} = {totals[g].item()}")
    #> totals[0] = sum of [10.0, 30.0, 50.0] = 90.0
    #> totals[1] = sum of [40.0] = 40.0
    #> totals[2] = sum of [20.0] = 20.0

counts = torch.zeros(3).scatter_add_(0, groups, torch.ones(5))
print(counts, torch.bincount(groups))
#> tensor([3., 1., 1.]) tensor([3, 1, 1])
