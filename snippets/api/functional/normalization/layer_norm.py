import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0, 6.0], [2.0, 2.0, 2.0, 2.0]])
y = F.layer_norm(x, normalized_shape=(4,))
print(y)
#> tensor([[-1.0690, -0.5345,  0.0000,  1.6036],
#>         [ 0.0000,  0.0000,  0.0000,  0.0000]])

mean = x.mean(dim=-1, keepdim=True)
var = x.var(dim=-1, keepdim=True, correction=0)
print(mean.flatten(), var.flatten())
#> tensor([3., 2.]) tensor([3.5000, 0.0000])
print(torch.allclose(y, (x - mean) / torch.sqrt(var + 1e-5)))
#> True

ln = torch.nn.LayerNorm(4)
with torch.no_grad():
    ln.weight.copy_(torch.tensor([1.0, 2.0, 0.5, 1.0]))
    ln.bias.fill_(0.5)
print(torch.equal(ln(x), F.layer_norm(x, (4,), ln.weight, ln.bias, ln.eps)))
#> True
