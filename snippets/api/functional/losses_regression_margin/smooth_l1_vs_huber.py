import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([0.2, 1.0, 3.0])
target = torch.zeros(3)

for d in (1.0, 2.0, 0.5):
    huber = F.huber_loss(pred, target, reduction="none", delta=d)
    smooth = F.smooth_l1_loss(pred, target, reduction="none", beta=d)
    print(f"{d}: huber {huber}  smooth_l1 {smooth}")
    print(f"     equal: {torch.equal(huber, smooth)}  huber == {d} * smooth_l1: {torch.allclose(huber, d * smooth)}")
#> 1.0: huber tensor([0.0200, 0.5000, 2.5000])  smooth_l1 tensor([0.0200, 0.5000, 2.5000])
#>      equal: True  huber == 1.0 * smooth_l1: True
#> 2.0: huber tensor([0.0200, 0.5000, 4.0000])  smooth_l1 tensor([0.0100, 0.2500, 2.0000])
#>      equal: False  huber == 2.0 * smooth_l1: True
#> 0.5: huber tensor([0.0200, 0.3750, 1.3750])  smooth_l1 tensor([0.0400, 0.7500, 2.7500])
#>      equal: False  huber == 0.5 * smooth_l1: True
