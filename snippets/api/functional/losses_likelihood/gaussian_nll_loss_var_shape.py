import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
mean = torch.zeros(2, 2)
target = torch.tensor([[1.0, 1.0], [1.0, 1.0]])
var = torch.tensor([1.0, 4.0])

loss = F.gaussian_nll_loss(mean, target, var, reduction="none")
print(loss)
#> tensor([[0.5000, 0.5000],
#>         [0.8181, 0.8181]])
print(torch.equal(loss, F.gaussian_nll_loss(mean, target, var.unsqueeze(1), reduction="none")))
#> True
broadcast = 0.5 * (var.log() + (mean - target) ** 2 / var)
print(broadcast)
#> tensor([[0.5000, 0.8181],
#>         [0.5000, 0.8181]])
print(torch.equal(F.gaussian_nll_loss(mean, target, 1.0, reduction="none"), 0.5 * (mean - target) ** 2))
#> True
try:
    F.gaussian_nll_loss(torch.zeros(2, 3), torch.ones(2, 3), torch.ones(3))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: var is of incorrect size
