import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 0.0])
weight = torch.tensor([1.0, 1.0, 2.0])

per_element = F.huber_loss(pred, target, reduction="none", weight=weight)
print("none:", per_element)
#> none: tensor([0.1250, 0.0000, 5.0000])
print("mean:", F.huber_loss(pred, target, weight=weight))
#> mean: tensor(1.7083)
print("sum / 3:", per_element.sum() / 3)
#> sum / 3: tensor(1.7083)
print("sum / weight.sum():", per_element.sum() / weight.sum())
#> sum / weight.sum(): tensor(1.2812)
squared = (pred - target) ** 2
print("mse_loss:", F.mse_loss(pred, target, weight=weight), (weight * squared).sum() / weight.sum())
#> mse_loss: tensor(4.5625) tensor(4.5625)
