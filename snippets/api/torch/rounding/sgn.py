import torch

z = torch.tensor([3 + 4j, -2j, 0j])
print(torch.sgn(z))
#> tensor([0.6000+0.8000j, -0.0000-1.0000j, 0.0000+0.0000j])
print(torch.allclose(torch.sgn(z)[:2], z[:2] / z[:2].abs()))
#> True
print(torch.sgn(z)[0].item(), (3 + 4j) / abs(3 + 4j))
#> (0.6000000238418579+0.800000011920929j) (0.6+0.8j)
print(torch.sgn(z).abs())
#> tensor([1., 1., 0.])

x = torch.tensor([-2.0, 0.0, 3.0])
print(torch.equal(torch.sgn(x), torch.sign(x)))
#> True
