import torch

x = torch.arange(12).reshape(3, 4)
n = torch.narrow(x, 1, 1, 2)
print(x.shape, "->", n.shape)
#> torch.Size([3, 4]) -> torch.Size([3, 2])
print(n)
#> tensor([[ 1,  2],
#>         [ 5,  6],
#>         [ 9, 10]])
print(torch.equal(n, x[:, 1:3]))
#> True
n[0, 0] = 100
print(x[0])
#> tensor([  0, 100,   2,   3])

print(torch.narrow(x, 0, -1, 1))
#> tensor([[ 8,  9, 10, 11]])
print(x[:, 3:5].shape)
#> torch.Size([3, 1])
try:
    torch.narrow(x, 1, 3, 2)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError start (3) + length (2) exceeds dimension size (4).
