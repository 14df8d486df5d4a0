import torch
import torch.nn.functional as F

torch.set_printoptions(precision=4, sci_mode=False)
logits = torch.tensor([2.0, 50.0, 200.0])
target = torch.tensor([1.0, 0.0, 0.0])

with_logits = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
two_steps = F.binary_cross_entropy(torch.sigmoid(logits), target, reduction="none")
print(torch.sigmoid(logits))
#> tensor([0.8808, 1.0000, 1.0000])
print(with_logits)
#> tensor([  0.1269,  50.0000, 200.0000])
print(two_steps)
#> tensor([  0.1269, 100.0000, 100.0000])
