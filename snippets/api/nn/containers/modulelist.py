import torch
from torch import nn


class Tower(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))

    def forward(self, x):
        outputs = []
        for layer in self.layers:
            x = torch.relu(layer(x))
            outputs.append(tuple(x.shape))
        return x, outputs


torch.manual_seed(0)
model = Tower([3, 4, 2])
print([name for name, _ in model.named_parameters()])
#> ['layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias']
model.layers.append(nn.Linear(2, 1))
model.layers.insert(0, nn.Linear(3, 3))
print({name: tuple(p.shape) for name, p in model.named_parameters() if name.endswith("weight")})
#> {'layers.0.weight': (3, 3), 'layers.1.weight': (4, 3), 'layers.2.weight': (2, 4), 'layers.3.weight': (1, 2)}

x = torch.randn(5, 3)
y, shapes = model(x)
print("shapes after each layer:", shapes)
#> shapes after each layer: [(5, 3), (5, 4), (5, 2), (5, 1)]
l0, l1, l2, l3 = model.layers
by_hand = torch.relu(l3(torch.relu(l2(torch.relu(l1(torch.relu(l0(x))))))))
print("same as written out by hand:", torch.equal(y, by_hand))
#> same as written out by hand: True
print(type(model.layers[1:]).__name__, type(model.layers[-1]).__name__)
#> ModuleList Linear

try:
    model.layers(x)
except NotImplementedError as error:
    print("model.layers(x):", error)
    #> model.layers(x): Module [ModuleList] is missing the required "forward" function
try:
    model.layers.append(nn.functional.relu)
except TypeError as error:
    print("append(nn.functional.relu):", error)
    #> append(nn.functional.relu): torch.nn.functional.relu is not a Module subclass
