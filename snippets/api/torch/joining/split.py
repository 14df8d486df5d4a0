import torch

x = torch.arange(7)
print([p.tolist() for p in torch.split(x, 3)])
#> [[0, 1, 2], [3, 4, 5], [6]]
print([p.tolist() for p in torch.split(x, [1, 2, 4])])
#> [[0], [1, 2], [3, 4, 5, 6]]
try:
    torch.split(x, [1, 2])
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError split_with_sizes expects split_sizes to sum exactly to 7 (input tensor's size at

m = torch.arange(6).reshape(2, 3)
left, right = torch.split(m, [1, 2], dim=1)
print(left.shape, right.shape)
#> torch.Size([2, 1]) torch.Size([2, 2])
right[0, 0] = 100
print(m)
#> tensor([[  0, 100,   2],
#>         [  3,   4,   5]])
