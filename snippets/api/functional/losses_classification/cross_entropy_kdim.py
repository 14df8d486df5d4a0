import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
batch, steps, num_classes = 2, 4, 3
scores = torch.randn(batch, steps, num_classes)
target = torch.randint(0, num_classes, (batch, steps))

try:
    F.cross_entropy(scores, target)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Expected target size [2, 3], got [2, 4]
per_step = F.cross_entropy(scores.permute(0, 2, 1), target, reduction="none")
print(per_step.shape)
#> torch.Size([2, 4])
flat = F.cross_entropy(scores.reshape(-1, num_classes), target.reshape(-1), reduction="none")
print(torch.allclose(per_step.reshape(-1), flat))
#> True

square = torch.randn(2, 3, 3)
square_target = torch.randint(0, 3, (2, 3))
wrong = F.cross_entropy(square, square_target)
right = F.cross_entropy(square.permute(0, 2, 1), square_target)
print("no error:", wrong, right)
#> no error: tensor(1.6140) tensor(1.9113)
