import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0]).reshape(1, 4, 1)
y = F.local_response_norm(x, size=3, alpha=1.0, beta=1.0, k=1.0)
print(y.flatten())
#> tensor([0.3750, 0.3529, 0.2812, 0.4286])

a = x.flatten()
by_hand = []
for c in range(4):
    window = a[max(0, c - 1) : c + 2]
    by_hand.append(a[c] / (1.0 + 1.0 / 3 * (window**2).sum()) ** 1.0)
print(torch.tensor(by_hand))
#> tensor([0.3750, 0.3529, 0.2812, 0.4286])
print(round(1 / (1 + (1**2 + 2**2) / 3), 4))
#> 0.375

torch.manual_seed(0)
images = torch.randn(2, 5, 4, 4)
lrn = torch.nn.LocalResponseNorm(3)
print(torch.equal(lrn(images), F.local_response_norm(images, 3)))
#> True

try:
    F.local_response_norm(torch.randn(4, 5), 3)
except ValueError as error:
    print("ValueError:", " ".join(str(error).split()))
    #> ValueError: Expected 3D or higher dimensionality input (got 2 dimensions)
