import torch

torch.manual_seed(0)
x = torch.randn(3)
t1 = torch.randn(3)
t2 = torch.rand(3) + 0.5
value = 0.1

out_mul = torch.addcmul(x, t1, t2, value=value)
out_div = torch.addcdiv(x, t1, t2, value=value)

print(torch.allclose(out_mul, x + value * t1 * t2))
#> True
print(torch.allclose(out_div, x + value * t1 / t2))
#> True
print(torch.addcmul(torch.zeros(2), torch.tensor([2.0, 3.0]), torch.tensor([4.0, 5.0])))
#> tensor([ 8., 15.])
