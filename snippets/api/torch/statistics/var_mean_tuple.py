import torch

x = torch.tensor([[1., 2., 3.], [2., 4., 9.]])
result = torch.var_mean(x, dim=1)
print(type(result).__name__, result)
#> tuple (tensor([ 1., 13.]), tensor([2., 5.]))
var, mean = torch.var_mean(x, dim=1, keepdim=True)
print(var.shape, torch.allclose((x - mean).pow(2).sum(1, keepdim=True) / 2, var))
#> torch.Size([2, 1]) True
print(torch.var_mean(x, correction=0))
#> (tensor(6.9167), tensor(3.5000))
try:
    torch.var_mean(x, dim=1, out=(torch.empty(2), torch.empty(2)))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0].split(" - ")[0])
    #> TypeError var_mean() received an invalid combination of arguments
