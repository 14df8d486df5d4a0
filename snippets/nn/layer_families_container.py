from collections import OrderedDict

import torch
import torch.nn as nn

model = nn.Sequential(OrderedDict(fc=nn.Linear(4, 3), act=nn.ReLU(), out=nn.Linear(3, 2)))
x = torch.zeros(5, 4)
print(x.shape, "->", model(x).shape)
#> torch.Size([5, 4]) -> torch.Size([5, 2])
print(torch.equal(model(x), model.out(model.act(model.fc(x)))))
#> True
