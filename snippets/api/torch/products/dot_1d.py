import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
d = torch.dot(a, b)
print(d, d.shape, d.dtype)
#> tensor(32) torch.Size([]) torch.int64
print(1 * 4 + 2 * 5 + 3 * 6)
#> 32
for x, y in ((a.reshape(1, 3), b.reshape(3, 1)), (a, b.float())):
    try:
        torch.dot(x, y)
    except RuntimeError as e:
        print(type(e).__name__, str(e).splitlines()[0])
        #> RuntimeError 1D tensors expected, but got 2D and 2D tensors
        #> RuntimeError dot : expected both vectors to have same dtype, but found Long and Float
print(torch.dot(a.float(), b.float()))
#> tensor(32.)
