import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(), nn.Linear(16, 10),
)
features = {}


def save_output(name):
    def hook(module, args, output):
        features[name] = output.detach()
    return hook


handles = [m.register_forward_hook(save_output(name))
           for name, m in model.named_children() if isinstance(m, (nn.Conv2d, nn.MaxPool2d, nn.Linear))]
model(torch.randn(2, 3, 32, 32))
for name, fmap in features.items():
    print(f"{name}: {type(model[int(name)]).__name__:9} {tuple(fmap.shape)}")
    #> 0: Conv2d    (2, 8, 32, 32)
    #> 2: MaxPool2d (2, 8, 16, 16)
    #> 3: Conv2d    (2, 16, 16, 16)
    #> 7: Linear    (2, 10)

for handle in handles:
    handle.remove()
features.clear()
model(torch.randn(2, 3, 32, 32))
print("captured after remove():", len(features))
#> captured after remove(): 0
