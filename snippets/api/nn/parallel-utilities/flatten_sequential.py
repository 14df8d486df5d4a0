import torch
from torch import nn

torch.manual_seed(0)
flatten = nn.Flatten()
print(flatten)
#> Flatten(start_dim=1, end_dim=-1)
print("parameters:", list(flatten.named_parameters()), "buffers:", list(flatten.named_buffers()))
#> parameters: [] buffers: []

model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3), nn.Flatten(), nn.Linear(8 * 6 * 6, 10))
x = torch.randn(4, 3, 8, 8)
print("after the conv:", tuple(model[0](x).shape), "H_out = 8 - 3 + 1 =", 8 - 3 + 1)
#> after the conv: (4, 8, 6, 6) H_out = 8 - 3 + 1 = 6
print("after Flatten:", tuple(model[:2](x).shape), "8 * 6 * 6 =", 8 * 6 * 6)
#> after Flatten: (4, 288) 8 * 6 * 6 = 288
print("output:", tuple(model(x).shape))
#> output: (4, 10)

train_out = flatten.train()(x)
print("same in eval():", torch.equal(train_out, flatten.eval()(x)))
#> same in eval(): True
