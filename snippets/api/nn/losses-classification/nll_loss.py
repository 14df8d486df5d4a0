import torch
from torch import nn

logits = torch.tensor([[2.0, 0.0, -1.0], [0.5, 1.5, 1.0]])
target = torch.tensor([0, 2])
log_p = nn.LogSoftmax(dim=1)(logits)

loss = nn.NLLLoss(reduction="none")(log_p, target)
print("'none':", tuple(loss.shape), loss.round(decimals=4))
#> 'none': (2,) tensor([0.1698, 1.1803])
print("= -log_p[i, target[i]]:", torch.equal(loss, -log_p[torch.arange(2), target]))
#> = -log_p[i, target[i]]: True
print("'mean' = CrossEntropyLoss on logits:", torch.allclose(nn.NLLLoss()(log_p, target), nn.CrossEntropyLoss()(logits, target)))
#> 'mean' = CrossEntropyLoss on logits: True

print("probabilities in:", nn.NLLLoss(reduction="none")(logits.softmax(dim=1), target).round(decimals=4))
#> probabilities in: tensor([-0.8438, -0.3072])
print("logits in:       ", nn.NLLLoss(reduction="none")(logits, target))
#> logits in:        tensor([-2., -1.])

torch.manual_seed(0)
images = torch.randn(2, 3, 4, 4).log_softmax(dim=1)
masks = torch.randint(0, 3, (2, 4, 4))
print("(N, C, H, W)", tuple(images.shape), "+ target", tuple(masks.shape), "-> 'none'", tuple(nn.NLLLoss(reduction="none")(images, masks).shape))
#> (N, C, H, W) (2, 3, 4, 4) + target (2, 4, 4) -> 'none' (2, 4, 4)
