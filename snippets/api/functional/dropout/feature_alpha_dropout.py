import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = F.selu(torch.randn(2, 4, 3))
print(F.feature_alpha_dropout(x, p=0.5) is x)
#> True
y = F.feature_alpha_dropout(x, p=0.5, training=True)
print(y)
#> tensor([[[-0.2737, -0.2869,  0.4338],
#>          [-0.7792, -0.7792, -0.7792],
#>          [ 0.3569, -0.5912,  1.2152],
#>          [-0.7792, -0.7792, -0.7792]],
#>
#>         [[ 0.9342,  1.5935,  0.5709],
#>          [-0.7792, -0.7792, -0.7792],
#>          [-0.7792, -0.7792, -0.7792],
#>          [-0.7792, -0.7792, -0.7792]]])

p = 0.5
alpha_prime = -1.7580993408473766
a = ((1 - p) * (1 + p * alpha_prime**2)) ** -0.5
b = -a * alpha_prime * p
print(round(a * alpha_prime + b, 4))
#> -0.7792

h = F.selu(torch.randn(1000, 8, 50))
z = F.feature_alpha_dropout(h, p=0.2, training=True)
print(f"mean {h.mean().item():+.2f} -> {z.mean().item():+.2f}, std {h.std().item():.2f} -> {z.std().item():.2f}")
#> mean -0.00 -> -0.00, std 1.00 -> 1.00

torch.manual_seed(1)
from_function = F.feature_alpha_dropout(x, p=0.5, training=True)
torch.manual_seed(1)
from_module = torch.nn.FeatureAlphaDropout(p=0.5)(x)
print(torch.equal(from_function, from_module))
#> True
