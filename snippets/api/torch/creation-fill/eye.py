import torch

print(torch.eye(3))
#> tensor([[1., 0., 0.],
#>         [0., 1., 0.],
#>         [0., 0., 1.]])
print(torch.eye(2, 4, dtype=torch.int64))
#> tensor([[1, 0, 0, 0],
#>         [0, 1, 0, 0]])
a = torch.tensor([[2.0, 1.0], [0.0, 3.0]])
print(torch.equal(a @ torch.eye(2), a))
#> True
try:
    torch.eye((2, 3))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:44])
    #> TypeError eye(): argument 'n' (position 1) must be int
