import torch
from torch import nn

x = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
print(x[0, 0].tolist())
#> [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
pool = nn.AvgPool2d(kernel_size=2, padding=1)
print(pool)
#> AvgPool2d(kernel_size=2, stride=2, padding=1)
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []
print("output:", tuple(pool(x).shape), "= floor((3 + 2 * 1 - 2) / 2) + 1 =", (3 + 2 * 1 - 2) // 2 + 1)
#> output: (1, 1, 2, 2) = floor((3 + 2 * 1 - 2) / 2) + 1 = 2

included = pool(x)[0, 0]
excluded = nn.AvgPool2d(2, padding=1, count_include_pad=False)(x)[0, 0]
summed = nn.AvgPool2d(2, padding=1, divisor_override=1)(x)[0, 0]
print("count_include_pad=True: ", included.tolist())
#> count_include_pad=True:  [[0.25, 1.25], [2.75, 7.0]]
print("count_include_pad=False:", excluded.tolist())
#> count_include_pad=False: [[1.0, 2.5], [5.5, 7.0]]
print("divisor_override=1:     ", summed.tolist())
#> divisor_override=1:      [[1.0, 5.0], [11.0, 28.0]]
print("top right by hand:", (0 + 0 + 2 + 3) / 4, (2 + 3) / 2, 2 + 3, "| bottom right:", (5 + 6 + 8 + 9) / 4)
#> top right by hand: 1.25 2.5 5 | bottom right: 7.0

print("AvgPool1d:", nn.AvgPool1d(2)(torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])).tolist())
#> AvgPool1d: [[[1.5, 3.5]]]
print("AvgPool3d:", nn.AvgPool3d(2)(torch.arange(8.0).reshape(1, 1, 2, 2, 2)).flatten().tolist(), "mean 0..7 =", sum(range(8)) / 8)
#> AvgPool3d: [3.5] mean 0..7 = 3.5
try:
    nn.AvgPool1d(2, divisor_override=1)
except TypeError as error:
    print("AvgPool1d:", error)
    #> AvgPool1d: AvgPool1d.__init__() got an unexpected keyword argument 'divisor_override'
print("same in eval():", torch.equal(pool.eval()(x), pool.train()(x)))
#> same in eval(): True
