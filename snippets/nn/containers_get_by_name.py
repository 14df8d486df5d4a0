import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
        self.classifier = nn.Linear(4, 2)


model = Net()
bn = model.get_submodule("features.1")
print(bn, bn is model.features[1])
#> BatchNorm2d(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True) True
print(model.get_parameter("features.0.weight").shape)
#> torch.Size([4, 1, 3, 3])
print(model.get_buffer("features.1.running_var"))
#> tensor([1., 1., 1., 1.])
for target in ("features.3", "features.0.weight"):
    try:
        model.get_submodule(target)
    except AttributeError as error:
        print("AttributeError:", error)
        #> AttributeError: Sequential has no attribute `3`
        #> AttributeError: `weight` is not an nn.Module
