import torch
from torch import nn

x = torch.arange(25.0).reshape(1, 1, 5, 5)
chain = nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.MaxUnpool2d(2))
try:
    chain(x)
except TypeError as error:
    print("Sequential:", error)
    #> Sequential: MaxUnpool2d.forward() missing 1 required positional argument: 'indices'


class PoolUnpool(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(2, return_indices=True)
        self.unpool = nn.MaxUnpool2d(2)

    def forward(self, x):
        values, indices = self.pool(x)
        return self.unpool(values, indices, output_size=x.shape[-2:])


print(PoolUnpool()(x)[0, 0])
#> tensor([[ 0.,  0.,  0.,  0.,  0.],
#>         [ 0.,  6.,  0.,  8.,  0.],
#>         [ 0.,  0.,  0.,  0.,  0.],
#>         [ 0., 16.,  0., 18.,  0.],
#>         [ 0.,  0.,  0.,  0.,  0.]])
