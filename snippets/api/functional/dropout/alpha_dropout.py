import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(5)
print(F.alpha_dropout(x, p=0.2) is x)
#> True

h = F.selu(torch.randn(200_000))
kept_stats = F.alpha_dropout(h, p=0.2, training=True)
plain = F.dropout(h, p=0.2)
for name, t in [("selu", h), ("alpha_dropout", kept_stats), ("dropout", plain)]:
    print(f"{name:13} mean {t.mean().item():+.2f} std {t.std().item():.2f}")
    #> selu          mean -0.00 std 1.00
    #> alpha_dropout mean -0.00 std 1.00
    #> dropout       mean -0.00 std 1.12

p = 0.2
alpha_prime = -1.7580993408473766
a = ((1 - p) * (1 + p * alpha_prime**2)) ** -0.5
b = -a * alpha_prime * p
dropped = (kept_stats - (a * alpha_prime + b)).abs() < 1e-5
print(round(a * alpha_prime + b, 4), round(dropped.float().mean().item(), 3))
#> -1.2362 0.199
print(torch.allclose(kept_stats[~dropped], a * h[~dropped] + b))
#> True

torch.manual_seed(1)
from_function = F.alpha_dropout(h[:8], p=0.2, training=True)
torch.manual_seed(1)
from_module = torch.nn.AlphaDropout(p=0.2)(h[:8])
print(torch.equal(from_function, from_module))
#> True
