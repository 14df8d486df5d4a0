import torch
import torch.nn.functional as F

x = torch.arange(16.0).reshape(1, 4, 2, 2)
y = F.group_norm(x, num_groups=2)

group = x[0, :2]
mean = group.mean()
var = group.var(correction=0)
print(mean, var)
#> tensor(3.5000) tensor(5.2500)
print(torch.allclose(y[0, :2], (group - mean) / torch.sqrt(var + 1e-5)))
#> True
print(y[0, :, 0, 0])
#> tensor([-1.5275,  0.2182, -1.5275,  0.2182])

print(torch.allclose(F.group_norm(x, 1), F.layer_norm(x, x.shape[1:])))
#> True
print(torch.allclose(F.group_norm(x, 4), F.instance_norm(x)))
#> True

gn = torch.nn.GroupNorm(2, 4)
with torch.no_grad():
    gn.weight.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]))
    gn.bias.copy_(torch.tensor([0.0, 1.0, 0.0, 1.0]))
print(torch.equal(gn(x), F.group_norm(x, 2, gn.weight, gn.bias, gn.eps)))
#> True

try:
    F.group_norm(x, 3)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Expected number of channels in input to be divisible by num_groups, but got input of shape [1, 4, 2, 2] and num_groups=3
