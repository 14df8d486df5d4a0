import torch
import torch.nn as nn

x = torch.arange(1, 10).reshape(1, 1, 3, 3)
print(x[0, 0])
#> tensor([[1, 2, 3],
#>         [4, 5, 6],
#>         [7, 8, 9]])
print(nn.ReflectionPad2d(1)(x)[0, 0])
#> tensor([[5, 4, 5, 6, 5],
#>         [2, 1, 2, 3, 2],
#>         [5, 4, 5, 6, 5],
#>         [8, 7, 8, 9, 8],
#>         [5, 4, 5, 6, 5]])
print(nn.ReflectionPad2d((2, 0, 1, 0))(x)[0, 0])
#> tensor([[6, 5, 4, 5, 6],
#>         [3, 2, 1, 2, 3],
#>         [6, 5, 4, 5, 6],
#>         [9, 8, 7, 8, 9]])

try:
    nn.ReflectionPad2d(3)(x)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(",")[0])
    #> RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension
