import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
hidden = torch.randn(4, 3)
weight = torch.randn(5, 3)
bias = torch.randn(5)
target = torch.tensor([0, 4, 2, -100])

fused = F.linear_cross_entropy(hidden, weight, target, linear_bias=bias, reduction="none")
print(fused)
#> tensor([2.1781, 1.9814, 4.7176, 0.0000])
print(torch.allclose(fused, F.cross_entropy(F.linear(hidden, weight, bias), target, reduction="none")))
#> True
print(F.linear_cross_entropy(hidden, weight, target, linear_bias=bias), fused.sum() / 3)
#> tensor(2.9590) tensor(2.9590)

probs = torch.softmax(torch.randn(4, 5), dim=1)
print(torch.allclose(F.linear_cross_entropy(hidden, weight, probs), F.cross_entropy(hidden @ weight.T, probs)))
#> True
try:
    F.linear_cross_entropy(hidden, weight, probs, ignore_index=-100)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: ignore_index cannot be specified when target contains probabilities

module = nn.LinearCrossEntropyLoss(3, 5, bias=True)
print(module.linear.weight.shape, module.linear.bias.shape)
#> torch.Size([5, 3]) torch.Size([5])
same = F.linear_cross_entropy(hidden, module.linear.weight, target, linear_bias=module.linear.bias)
print(torch.equal(module(hidden, target), same))
#> True
