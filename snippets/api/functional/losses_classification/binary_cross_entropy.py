import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
probs = torch.tensor([[0.9, 0.2], [0.6, 0.4]])
target = torch.tensor([[1.0, 0.0], [0.0, 1.0]])

per_element = F.binary_cross_entropy(probs, target, reduction="none")
by_hand = -(target * probs.log() + (1 - target) * (1 - probs).log())
print(per_element)
#> tensor([[0.1054, 0.2231],
#>         [0.9163, 0.9163]])
print(torch.allclose(per_element, by_hand), F.binary_cross_entropy(probs, target), by_hand.mean())
#> True tensor(0.5403) tensor(0.5403)

weight = torch.tensor([1.0, 2.0])
print(F.binary_cross_entropy(probs, target, weight=weight, reduction="none"))
#> tensor([[0.1054, 0.4463],
#>         [0.9163, 1.8326]])
print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0]), reduction="none"))
#> tensor([100., 100.])
print(torch.equal(nn.BCELoss(weight=weight)(probs, target), F.binary_cross_entropy(probs, target, weight=weight)))
#> True

logits = torch.tensor([[2.0, -1.0], [0.4, 0.1]])
for attempt in (lambda: F.binary_cross_entropy(logits, target), lambda: F.binary_cross_entropy(probs, target.long())):
    try:
        attempt()
    except RuntimeError as error:
        print("RuntimeError:", error)
        #> RuntimeError: all elements of input should be between 0 and 1
        #> RuntimeError: Found dtype Long but expected Float
