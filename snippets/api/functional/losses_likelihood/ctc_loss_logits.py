import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.randn(3, 1, 3)
args = (torch.tensor([[1]]), torch.tensor([3]), torch.tensor([1]))

print(F.ctc_loss(logits, *args))
#> tensor(-3.3322)
print(F.ctc_loss(logits.log_softmax(dim=2), *args))
#> tensor(0.6899)
