import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 5)

y = F.layer_norm(x, (3, 5))
flat = y.reshape(2, -1)
print(y.shape, flat.mean(dim=1).abs().max().item() < 1e-6, flat.std(dim=1, correction=0))
#> torch.Size([2, 3, 5]) True tensor([1.0000, 1.0000])

last = F.layer_norm(x, (5,))
print(last.std(dim=-1, correction=0).shape)
#> torch.Size([2, 3])

try:
    F.layer_norm(x, (3,))
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[2, 3, 5]
