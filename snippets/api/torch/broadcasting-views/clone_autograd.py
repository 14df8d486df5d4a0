import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
c = torch.clone(w)
d = w.detach()
print(c.requires_grad, type(c.grad_fn).__name__)
#> True CloneBackward0
print(d.requires_grad, d.grad_fn, d.data_ptr() == w.data_ptr())
#> False None True

(c * c).sum().backward()
print(w.grad, torch.equal(w.grad, 2 * w.detach()))
#> tensor([2., 4., 6.]) True

s = w.detach().clone()
print(s.requires_grad, s.data_ptr() == w.data_ptr())
#> False False
