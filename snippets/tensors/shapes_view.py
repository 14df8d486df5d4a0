import torch

x = torch.arange(6)
y = x.view(2, 3)
z = x.view(3, -1)
print(y.shape, z.shape)
#> torch.Size([2, 3]) torch.Size([3, 2])

y[0, 0] = 100
print(x)
#> tensor([100,   1,   2,   3,   4,   5])

try:
    x.view(4, 2)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: shape '[4, 2]' is invalid for input of size 6
