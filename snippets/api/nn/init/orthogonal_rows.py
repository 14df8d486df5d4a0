import torch
from torch import nn

torch.manual_seed(0)
wide = nn.init.orthogonal_(torch.empty(3, 5))
print("(3, 5): W @ W.T = I:", torch.allclose(wide @ wide.T, torch.eye(3), atol=1e-6))
#> (3, 5): W @ W.T = I: True
tall = nn.init.orthogonal_(torch.empty(5, 3))
print("(5, 3): W.T @ W = I:", torch.allclose(tall.T @ tall, torch.eye(3), atol=1e-6), "W @ W.T = I:", torch.allclose(tall @ tall.T, torch.eye(5), atol=1e-6))
#> (5, 3): W.T @ W = I: True W @ W.T = I: False

scaled = nn.init.orthogonal_(torch.empty(4, 4), gain=2.0)
print("gain=2: W @ W.T = 4 I:", torch.allclose(scaled @ scaled.T, 4 * torch.eye(4), atol=1e-5))
#> gain=2: W @ W.T = 4 I: True

conv_w = nn.init.orthogonal_(nn.Conv2d(8, 4, kernel_size=3).weight)
flat = conv_w.detach().reshape(4, -1)
print("conv weight", tuple(conv_w.shape), "rows of (4, 72) orthonormal:", torch.allclose(flat @ flat.T, torch.eye(4), atol=1e-5))
#> conv weight (4, 8, 3, 3) rows of (4, 72) orthonormal: True
