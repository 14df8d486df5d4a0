import torch

x = torch.tensor([1.0, 2.0, 0.5, 0.0, -0.0, -1.0])
print(torch.digamma(x))
#> tensor([-0.5772,  0.4228, -1.9635,    -inf,     inf,     nan])
print(torch.digamma(x)[0].item(), -0.5772156649015329)
#> -0.5772159099578857 -0.5772156649015329
print(torch.digamma(torch.tensor([1, 2])).dtype)
#> torch.float32

a = torch.tensor([0.5, 3.0], requires_grad=True)
torch.lgamma(a).sum().backward()
print(torch.equal(a.grad, torch.digamma(a.detach())))
#> True
finite = x[:3]
print(torch.equal(torch.special.digamma(finite), torch.digamma(finite)), torch.equal(torch.special.psi(finite), torch.digamma(finite)))
#> True True
