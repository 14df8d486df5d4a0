import math

from torch import nn

print("linear ", nn.init.calculate_gain("linear"), "conv2d", nn.init.calculate_gain("conv2d"), "sigmoid", nn.init.calculate_gain("sigmoid"))
#> linear  1 conv2d 1 sigmoid 1
print("tanh   ", round(nn.init.calculate_gain("tanh"), 4), "= 5/3 =", round(5 / 3, 4))
#> tanh    1.6667 = 5/3 = 1.6667
print("relu   ", round(nn.init.calculate_gain("relu"), 4), "= sqrt(2) =", round(math.sqrt(2), 4))
#> relu    1.4142 = sqrt(2) = 1.4142
print("selu   ", nn.init.calculate_gain("selu"), "= 3/4")
#> selu    0.75 = 3/4
gain = nn.init.calculate_gain("leaky_relu", 0.2)
print("leaky_relu, 0.2:", round(gain, 4), "= sqrt(2/(1+0.2**2)) =", round(math.sqrt(2 / (1 + 0.2**2)), 4))
#> leaky_relu, 0.2: 1.3868 = sqrt(2/(1+0.2**2)) = 1.3868
print("leaky_relu, no param:", round(nn.init.calculate_gain("leaky_relu"), 6), "(slope 0.01), sqrt(2) =", round(math.sqrt(2), 6))
#> leaky_relu, no param: 1.414143 (slope 0.01), sqrt(2) = 1.414214
print("leaky_relu, 0:", nn.init.calculate_gain("leaky_relu", 0) == math.sqrt(2))
#> leaky_relu, 0: True
try:
    nn.init.calculate_gain("gelu")
except ValueError as error:
    print("gelu:", error)
    #> gelu: Unsupported nonlinearity gelu
