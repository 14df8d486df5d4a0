import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
h = x * 10
seen = []
h.register_hook(lambda grad: seen.append(grad.clone()))
h.register_hook(lambda grad: grad.clamp(-1.0, 1.0))

(h ** 2).sum().backward()
print("grad reaching h:", seen[0])
#> grad reaching h: tensor([ 20., -40.,  60.])
print("x.grad, clipped:", x.grad)
#> x.grad, clipped: tensor([ 10., -10.,  10.])
