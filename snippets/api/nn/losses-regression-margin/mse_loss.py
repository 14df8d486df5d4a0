import torch
from torch import nn

pred = torch.tensor([2.0, 3.0, 5.0, 4.0])
target = torch.tensor([2.5, 3.0, 4.0, 4.0])

mse = nn.MSELoss()(pred, target)
print("MSELoss:", mse.item(), "| by hand: (0.25 + 0 + 1 + 0) / 4 =", (0.25 + 0 + 1 + 0) / 4)
#> MSELoss: 0.3125 | by hand: (0.25 + 0 + 1 + 0) / 4 = 0.3125
print("'none':", nn.MSELoss(reduction="none")(pred, target).tolist())
#> 'none': [0.25, 0.0, 1.0, 0.0]
print("'sum':", nn.MSELoss(reduction="sum")(pred, target).item())
#> 'sum': 1.25

outlier = target.clone()
outlier[3] = 14.0
for name, criterion in [("L1Loss", nn.L1Loss()), ("MSELoss", nn.MSELoss())]:
    print(f"{name}: clean {criterion(pred, target).item():.4f} -> one outlier {criterion(pred, outlier).item():.4f}")
    #> L1Loss: clean 0.3750 -> one outlier 2.8750
    #> MSELoss: clean 0.3125 -> one outlier 25.3125
