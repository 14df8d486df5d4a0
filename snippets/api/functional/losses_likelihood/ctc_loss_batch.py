import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
log_probs = torch.randn(4, 2, 3).log_softmax(dim=2)
input_lengths = torch.tensor([4, 3])
target_lengths = torch.tensor([2, 1])
padded = torch.tensor([[1, 2], [1, 0]])
concatenated = torch.tensor([1, 2, 1])

per_sample = F.ctc_loss(log_probs, padded, input_lengths, target_lengths, reduction="none")
print(per_sample)
#> tensor([2.5051, 1.5593])
print(torch.equal(per_sample, F.ctc_loss(log_probs, concatenated, input_lengths, target_lengths, reduction="none")))
#> True
print(F.ctc_loss(log_probs, padded, input_lengths, target_lengths), (per_sample / target_lengths).mean())
#> tensor(1.4059) tensor(1.4059)
print(F.ctc_loss(log_probs, padded, input_lengths, target_lengths, reduction="sum"), per_sample.sum())
#> tensor(4.0644) tensor(4.0644)
module = nn.CTCLoss(blank=0)
print(torch.equal(module(log_probs, padded, input_lengths, target_lengths), F.ctc_loss(log_probs, padded, input_lengths, target_lengths)))
#> True
