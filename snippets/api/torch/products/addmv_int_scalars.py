import torch

v = torch.tensor([100, 100])
mat = torch.tensor([[1, 2], [3, 4]])
vec = torch.tensor([1, 1])
print(torch.addmv(v, mat, vec))
#> tensor([103, 107])
print(torch.addmv(v, mat, vec, alpha=0.5))
#> tensor([100, 100])
print(torch.addmv(v, mat, vec, alpha=1.9))
#> tensor([103, 107])
m3 = mat[None]
print(torch.equal(torch.addmm(mat, mat, mat, alpha=0.5), mat), torch.equal(torch.baddbmm(m3, m3, m3, alpha=0.5), m3))
#> True True
print(torch.addmv(v.float(), mat.float(), vec.float(), alpha=0.5))
#> tensor([101.5000, 103.5000])
try:
    torch.addr(mat, vec, vec, alpha=0.5)
except RuntimeError as e:
    print(type(e).__name__, str(e))
    #> RuntimeError For integral input tensors, argument alpha must not be a floating point number.
