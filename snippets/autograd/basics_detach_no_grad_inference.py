import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

a = (x * 2).detach()
with torch.no_grad():
    b = x * 2
with torch.inference_mode():
    c = x * 2
d = x * 2

for name, t in [("detach", a), ("no_grad", b), ("inference_mode", c), ("normal", d)]:
    grad_fn = t.grad_fn.name() if t.grad_fn else None
    print(f"{name:15} requires_grad={t.requires_grad!s:5}  grad_fn={grad_fn!s:12}  "
          f"is_inference={t.is_inference()}")
    #> detach          requires_grad=False  grad_fn=None          is_inference=False
    #> no_grad         requires_grad=False  grad_fn=None          is_inference=False
    #> inference_mode  requires_grad=False  grad_fn=None          is_inference=True
    #> normal          requires_grad=True   grad_fn=MulBackward0  is_inference=False

x_detached = x.detach()
print(x_detached.data_ptr() == x.data_ptr(), x_detached.requires_grad)
#> True False
x_detached[0] = 10.0
print(x)
#> tensor([10.,  2.], requires_grad=True)

(b * x).sum().backward()
print(x.grad)
#> tensor([2., 4.])
x.grad = None
added = c + x
print(added.grad_fn.name())
#> AddBackward0
added.sum().backward()
print(x.grad)
#> tensor([1., 1.])
try:
    c * x
except RuntimeError as error:
    print("c * x -> RuntimeError:", str(error).split(".")[0])
    #> c * x -> RuntimeError: Inference tensors cannot be saved for backward
x.grad = None
(c.clone() * x).sum().backward()
print("c.clone() * x:", x.grad)
#> c.clone() * x: tensor([2., 4.])
