import itertools
import math

import torch
from torch import nn

torch.manual_seed(0)
T, N, C = 4, 2, 3
log_probs = torch.randn(T, N, C).log_softmax(dim=2)
targets = torch.tensor([[1, 2], [1, 0]])
input_lengths = torch.tensor([4, 3])
target_lengths = torch.tensor([2, 1])

loss = nn.CTCLoss(blank=0, reduction="none")(log_probs, targets, input_lengths, target_lengths)
print("log_probs (T, N, C):", tuple(log_probs.shape), "-> 'none':", tuple(loss.shape), loss.round(decimals=4))
#> log_probs (T, N, C): (4, 2, 3) -> 'none': (2,) tensor([2.5051, 1.5593])


def collapse(path):
    merged = [k for i, k in enumerate(path) if i == 0 or k != path[i - 1]]
    return [k for k in merged if k != 0]


for n in range(N):
    t_len, s_len = input_lengths[n].item(), target_lengths[n].item()
    goal = targets[n, :s_len].tolist()
    paths = [p for p in itertools.product(range(C), repeat=t_len) if collapse(p) == goal]
    prob = sum(math.prod(log_probs[t, n, k].exp().item() for t, k in enumerate(p)) for p in paths)
    print(f"sample {n}: {len(paths)} paths collapse to {goal}, -log(sum of their probabilities) =", round(-math.log(prob), 4))
    #> sample 0: 15 paths collapse to [1, 2], -log(sum of their probabilities) = 2.5051
    #> sample 1: 6 paths collapse to [1], -log(sum of their probabilities) = 1.5593

mean = nn.CTCLoss()(log_probs, targets, input_lengths, target_lengths)
print("'mean':", round(mean.item(), 4), "= mean(loss / target_lengths):", round((loss / target_lengths).mean().item(), 4))
#> 'mean': 1.4059 = mean(loss / target_lengths): 1.4059
