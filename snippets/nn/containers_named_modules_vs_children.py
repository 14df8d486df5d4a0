from itertools import zip_longest

import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
        self.classifier = nn.Linear(4, 2)


model = Net()
all_modules = [f"{name or '(self)'}: {type(m).__name__}" for name, m in model.named_modules()]
children = [f"{name}: {type(m).__name__}" for name, m in model.named_children()]
print(f"{'named_modules()':26} named_children()")
#> named_modules()            named_children()
for left, right in zip_longest(all_modules, children, fillvalue=""):
    print(f"{left:26} {right}".rstrip())
    #> (self): Net                features: Sequential
    #> features: Sequential       classifier: Linear
    #> features.0: Conv2d
    #> features.1: BatchNorm2d
    #> features.2: ReLU
    #> classifier: Linear
print(len(list(model.modules())), len(list(model.children())))
#> 6 2
