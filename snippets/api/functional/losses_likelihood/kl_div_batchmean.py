import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
p = torch.tensor([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
q = torch.tensor([[0.4, 0.4, 0.2], [0.3, 0.3, 0.4]])
kl_per_row = (p * (p.log() - q.log())).sum(dim=1)
print("true KL per row:", kl_per_row, "average:", kl_per_row.mean())
#> true KL per row: tensor([0.0253, 0.3348]) average: tensor(0.1800)

for reduction in ("mean", "batchmean"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = F.kl_div(q.log(), p, reduction=reduction)
    print(f"{reduction}:", value, len(caught), "warning(s)")
    for w in caught:
        print(" ", w.category.__name__ + ":")
        for sentence in str(w.message).split("."):
            if sentence:
                print("   ", sentence)
#> mean: tensor(0.0600) 1 warning(s)
#>   UserWarning:
#>     reduction: 'mean' divides the total loss by both the batch size and the support size
#>     'batchmean' divides only by the batch size, and aligns with the KL div math definition
#>     'mean' will be changed to behave the same as 'batchmean' in the next major release
#> batchmean: tensor(0.1800) 0 warning(s)
print(kl_per_row.sum() / p.numel(), kl_per_row.sum() / p.shape[0])
#> tensor(0.0600) tensor(0.1800)
print(F.kl_div(q[0].log(), p[0], reduction="batchmean"), kl_per_row[0] / 3)
#> tensor(0.0084) tensor(0.0084)
