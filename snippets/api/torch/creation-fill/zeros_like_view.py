import torch

x = torch.arange(6.0).reshape(2, 3).t()
z = torch.zeros_like(x)
print(z.is_contiguous())
#> False
try:
    z.view(6)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:63])
    #> RuntimeError view size is not compatible with input tensor's size and stride
print(z.reshape(6))
#> tensor([0., 0., 0., 0., 0., 0.])
print(torch.zeros(x.shape).view(6))
#> tensor([0., 0., 0., 0., 0., 0.])
