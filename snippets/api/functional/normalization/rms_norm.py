import torch
import torch.nn.functional as F

x = torch.tensor([[3.0, 4.0], [1.0, -1.0]])
y = F.rms_norm(x, normalized_shape=(2,))
print(y)
#> tensor([[ 0.8485,  1.1314],
#>         [ 1.0000, -1.0000]])

rms = x.pow(2).mean(dim=-1, keepdim=True).sqrt()
print(rms.flatten(), torch.allclose(y, x / rms))
#> tensor([3.5355, 1.0000]) True
eps = torch.finfo(x.dtype).eps
print(eps, torch.equal(y, F.rms_norm(x, (2,), eps=eps)))
#> 1.1920928955078125e-07 True
print(y.mean(dim=-1))
#> tensor([0.9899, 0.0000])

rn = torch.nn.RMSNorm(2)
with torch.no_grad():
    rn.weight.copy_(torch.tensor([2.0, 0.5]))
print(rn.eps, torch.equal(rn(x), F.rms_norm(x, (2,), rn.weight, rn.eps)))
#> None True
