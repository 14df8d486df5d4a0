import torch
from torch import nn

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[4, 8], div_value=2.0)
for name, p in asm.named_parameters():
    print(name, tuple(p.shape))
    #> head.weight (6, 8)
    #> tail.0.0.weight (4, 8)
    #> tail.0.1.weight (4, 4)
    #> tail.1.0.weight (2, 8)
    #> tail.1.1.weight (2, 2)

x = torch.randn(3, 8)
target = torch.tensor([1, 5, 9])
result = asm(x, target)
print(type(result).__name__, result._fields)
#> _ASMoutput ('output', 'loss')
print("output", tuple(result.output.shape), "= log_prob at target:", torch.allclose(result.output, asm.log_prob(x)[torch.arange(3), target]))
#> output (3,) = log_prob at target: True
print("loss", round(result.loss.item(), 4), "= -output.mean():", round(-result.output.mean().item(), 4))
#> loss 2.7959 = -output.mean(): 2.7959
print("log_prob", tuple(asm.log_prob(x).shape), "rows sum to 1:", torch.allclose(asm.log_prob(x).exp().sum(dim=1), torch.ones(3)))
#> log_prob (3, 10) rows sum to 1: True
print("predict:", asm.predict(x), "= argmax:", torch.equal(asm.predict(x), asm.log_prob(x).argmax(dim=1)))
#> predict: tensor([2, 3, 2]) = argmax: True
try:
    asm(x, target).backward()
except AttributeError as error:
    print("AttributeError:", error)
    #> AttributeError: '_ASMoutput' object has no attribute 'backward'
result.loss.backward()
print("result.loss.backward(): head.weight.grad", tuple(asm.head.weight.grad.shape))
#> result.loss.backward(): head.weight.grad (6, 8)
