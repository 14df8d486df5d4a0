import torch

mat = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
vec = torch.tensor([1., 1., 2.])
out = torch.mv(mat, vec)
print(out, out.shape)
#> tensor([ 9., 21.]) torch.Size([2])
print([1 + 2 + 2 * 3, 4 + 5 + 2 * 6])
#> [9, 21]
print(torch.mm(mat, vec.reshape(3, 1)).shape)
#> torch.Size([2, 1])
try:
    torch.mv(mat, vec.reshape(3, 1))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> RuntimeError vector + matrix @ vector expected, got 1, 2, 2
