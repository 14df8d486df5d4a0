import torch

m = torch.arange(6).reshape(2, 3)
print(m.shape, "->", torch.t(m).shape)
#> torch.Size([2, 3]) -> torch.Size([3, 2])
print(torch.t(m).data_ptr() == m.data_ptr(), torch.t(m).stride())
#> True (1, 3)
v = torch.arange(3)
print(torch.t(v).shape, torch.equal(torch.t(v), v), torch.t(v).data_ptr() == v.data_ptr())
#> torch.Size([3]) True True
print(torch.t(torch.tensor(5)).shape)
#> torch.Size([])
try:
    torch.t(torch.zeros(2, 3, 4))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError t() expects a tensor with <= 2 dimensions, but self is 3D
