import torch
from torchvision.models import resnet18


def trainable(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


model = resnet18(weights=None)
print("children:", [name for name, _ in model.named_children()])
#> children: ['conv1', 'bn1', 'relu', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4', 'avgpool', 'fc']
print("trainable before:", trainable(model))
#> trainable before: 11689512

frozen = []
for index, (name, child) in enumerate(model.named_children()):
    if index < 5:
        child.requires_grad_(False)
        frozen.append(name)
print("frozen:", frozen)
#> frozen: ['conv1', 'bn1', 'relu', 'maxpool', 'layer1']
print("trainable after :", trainable(model))
#> trainable after : 11532008
print("total           :", sum(p.numel() for p in model.parameters()))
#> total           : 11689512
