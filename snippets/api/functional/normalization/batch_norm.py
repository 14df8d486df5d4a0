import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0], [7.0, 0.0]])
running_mean = torch.zeros(2)
running_var = torch.ones(2)
address = running_mean.data_ptr()

y = F.batch_norm(x, running_mean, running_var, training=True, momentum=0.1)
mean = x.mean(dim=0)
biased_var = x.var(dim=0, correction=0)
unbiased_var = x.var(dim=0)
print(mean, biased_var, unbiased_var)
#> tensor([4., 3.]) tensor([5., 5.]) tensor([6.6667, 6.6667])
print(y)
#> tensor([[-1.3416, -0.4472],
#>         [-0.4472,  1.3416],
#>         [ 0.4472,  0.4472],
#>         [ 1.3416, -1.3416]])
print(torch.allclose(y, (x - mean) / torch.sqrt(biased_var + 1e-5)))
#> True

print(running_mean, running_var, running_mean.data_ptr() == address)
#> tensor([0.4000, 0.3000]) tensor([1.5667, 1.5667]) True
print(torch.allclose(running_mean, 0.9 * 0 + 0.1 * mean))
#> True
print(torch.allclose(running_var, 0.9 * 1 + 0.1 * unbiased_var))
#> True

bn = torch.nn.BatchNorm1d(2)
with torch.no_grad():
    bn.weight.copy_(torch.tensor([2.0, 0.5]))
    bn.bias.copy_(torch.tensor([1.0, -1.0]))
out_module = bn(x)
out_function = F.batch_norm(
    x, torch.zeros(2), torch.ones(2), bn.weight, bn.bias, training=True, momentum=bn.momentum, eps=bn.eps
)
print(torch.allclose(out_module, out_function), bn.running_mean)
#> True tensor([0.4000, 0.3000])
