import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(3, 8, 3),
    nn.ReLU(),
    nn.Sequential(nn.Conv2d(8, 8, 3), nn.BatchNorm2d(8)),
    nn.Flatten(),
    nn.Linear(128, 10),
)

for name, m in model.named_modules():
    print(f"{name or '(model)':8} {type(m).__name__:12} is_conv={isinstance(m, nn.Conv2d)}")
    #> (model)  Sequential   is_conv=False
    #> 0        Conv2d       is_conv=True
    #> 1        ReLU         is_conv=False
    #> 2        Sequential   is_conv=False
    #> 2.0      Conv2d       is_conv=True
    #> 2.1      BatchNorm2d  is_conv=False
    #> 3        Flatten      is_conv=False
    #> 4        Linear       is_conv=False
print(isinstance(model, nn.Module), isinstance(model[0], nn.Module))
#> True True
print(sum(isinstance(m, nn.Conv2d) for m in model.modules()))
#> 2
