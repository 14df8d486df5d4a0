import torch
import torch.nn as nn

model = nn.Linear(3, 2)


def announce(module, inputs, output):
    print(f"  hook ran: {type(module).__name__} -> {tuple(output.shape)}")


model.register_forward_hook(announce)
x = torch.zeros(4, 3)

print("model(x):")
#> model(x):
y1 = model(x)
#>   hook ran: Linear -> (4, 2)
print("model.forward(x):")
#> model.forward(x):
y2 = model.forward(x)
print("same result:", torch.equal(y1, y2))
#> same result: True
