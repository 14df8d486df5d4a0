import torch

x = torch.arange(6.0)
windows = torch.as_strided(x, size=(4, 3), stride=(1, 1))
print(windows)
#> tensor([[0., 1., 2.],
#>         [1., 2., 3.],
#>         [2., 3., 4.],
#>         [3., 4., 5.]])
print(windows.data_ptr() == x.data_ptr(), torch.equal(windows, x.unfold(0, 3, 1)))
#> True True

print(torch.as_strided(x, (2, 2), (1, 2), storage_offset=1))
#> tensor([[1., 3.],
#>         [2., 4.]])

t = x.view(2, 3).t()
print(t.stride())
#> (1, 3)
print(torch.as_strided(t, (2, 3), (3, 1)))
#> tensor([[0., 1., 2.],
#>         [3., 4., 5.]])

tail = x[2:]
print(tail.storage_offset(), torch.as_strided(tail, (2,), (1,)), torch.as_strided(tail, (2,), (1,), 0))
#> 2 tensor([2., 3.]) tensor([0., 1.])

try:
    torch.as_strided(x, (4, 3), (2, 1))
except RuntimeError as e:
    print(type(e).__name__, str(e).split("requiring ")[1][:70])
    #> RuntimeError a storage size of 36 are out of bounds for storage of size 24
