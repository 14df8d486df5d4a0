import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
criterion = nn.LinearCrossEntropyLoss(in_features=4, num_classes=6, bias=True)
print(criterion)
#> LinearCrossEntropyLoss(
#>   in_features=4, num_classes=6, out_features=(), bias=True, reduction=mean, ignore_index=None, label_smoothing=0.0, options=None
#>   (linear): Linear(in_features=4, out_features=6, bias=True)
#> )
for name, p in criterion.named_parameters():
    print(name, tuple(p.shape))
    #> linear.weight (6, 4)
    #> linear.bias (6,)

x = torch.randn(5, 4)
target = torch.tensor([0, 5, 2, -100, 1])
loss = criterion(x, target)
reference = nn.CrossEntropyLoss()(criterion.linear(x), target)
print("loss:", round(loss.item(), 4), "= CrossEntropyLoss(linear(x)):", round(reference.item(), 4))
#> loss: 1.7341 = CrossEntropyLoss(linear(x)): 1.7341
per_sample = F.cross_entropy(criterion.linear(x), target, reduction="none")
print("by hand, sum over 4 kept samples / 4:", round((per_sample.sum() / 4).item(), 4))
#> by hand, sum over 4 kept samples / 4: 1.7341

chunked = nn.LinearCrossEntropyLoss(4, 6, bias=True, options=nn.LinearCrossEntropyOptions())
chunked.load_state_dict(criterion.state_dict())
print("options=LinearCrossEntropyOptions(): same value:", torch.allclose(chunked(x, target), loss))
#> options=LinearCrossEntropyOptions(): same value: True

spatial = nn.LinearCrossEntropyLoss(4, 6, out_features=(3,), reduction="none")
print("out_features=(3,): weight", tuple(spatial.linear.weight.shape), "-> 'none'", tuple(spatial(x, torch.randint(0, 6, (5, 3))).shape))
#> out_features=(3,): weight (18, 4) -> 'none' (5, 3)
