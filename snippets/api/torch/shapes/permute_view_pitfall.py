import torch

x = torch.arange(24).reshape(2, 3, 4)
p = torch.permute(x, (2, 0, 1))
print(p.is_contiguous(), p.view(4, 6).shape)
#> False torch.Size([4, 6])
try:
    p.view(-1)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" (")[0])
    #> RuntimeError view size is not compatible with input tensor's size and stride
flat = p.contiguous().view(-1)
print(flat[:6], flat.data_ptr() == x.data_ptr())
#> tensor([ 0,  4,  8, 12, 16, 20]) False
print(torch.equal(flat, p.reshape(-1)))
#> True
