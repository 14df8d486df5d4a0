import torch
import torch.nn.functional as F

torch.manual_seed(0)
print([line for line in F.native_channel_shuffle.__doc__.splitlines() if "private" in line][0])
#> This function might become private in future releases, use with caution.
ids = torch.arange(6.0).reshape(1, 6, 1, 1)
print(F.native_channel_shuffle(ids, 3).flatten())
#> tensor([0., 2., 4., 1., 3., 5.])
x = torch.randn(2, 6, 3, 3)
print(torch.equal(F.native_channel_shuffle(x, 3), F.channel_shuffle(x, 3)))
#> True

w = torch.arange(6.0).reshape(1, 6, 1, 1).requires_grad_()
F.channel_shuffle(w, 2).sum().backward()
print(w.grad.flatten())
#> tensor([1., 1., 1., 1., 1., 1.])
try:
    F.native_channel_shuffle(w, 2).sum().backward()
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: derivative for aten::native_channel_shuffle is not implemented
