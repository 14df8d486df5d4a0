import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
print(t.is_contiguous())
#> False

try:
    t.view(6)
except RuntimeError as error:
    print("view:", str(error).split(" (")[0])
    #> view: view size is not compatible with input tensor's size and stride

r = t.reshape(6)
print("reshape:", r.tolist(), "shares memory:", r.data_ptr() == x.data_ptr())
#> reshape: [0, 3, 1, 4, 2, 5] shares memory: False

v = x.reshape(6)
print("reshape of contiguous:", "shares memory:", v.data_ptr() == x.data_ptr())
#> reshape of contiguous: shares memory: True
r[0] = 100
v[1] = -1
print(x)
#> tensor([[ 0, -1,  2],
#>         [ 3,  4,  5]])
