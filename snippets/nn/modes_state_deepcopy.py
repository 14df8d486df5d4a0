import copy

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

reference = model.state_dict()
snapshot = copy.deepcopy(model.state_dict())
print("at save   :", round(reference["bias"].item(), 4), round(snapshot["bias"].item(), 4))
#> at save   : -0.582 -0.582

for _ in range(3):
    optimizer.zero_grad()
    model(torch.ones(1, 2)).sum().backward()
    optimizer.step()

print("trained   :", round(model.bias.item(), 4))
#> trained   : -2.082
print("reference :", round(reference["bias"].item(), 4))
#> reference : -2.082
print("deepcopy  :", round(snapshot["bias"].item(), 4))
#> deepcopy  : -0.582
print(reference["bias"].data_ptr() == model.bias.data_ptr())
#> True

model.load_state_dict(snapshot)
print("restored  :", round(model.bias.item(), 4))
#> restored  : -0.582
