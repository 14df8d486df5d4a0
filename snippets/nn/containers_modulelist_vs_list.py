import torch
import torch.nn as nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4) for _ in range(3)]


class WithModuleList(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return x


for model in (WithList(), WithModuleList()):
    n_tensors = len(list(model.parameters()))
    n_values = sum(p.numel() for p in model.parameters())
    print(f"{type(model).__name__:15} parameters={n_tensors} values={n_values} state_dict={len(model.state_dict())}")
    #> WithList        parameters=0 values=0 state_dict=0
    #> WithModuleList  parameters=6 values=60 state_dict=6

model = WithModuleList()
model.layers.append(nn.Linear(4, 2))
print(len(model.layers), model(torch.zeros(1, 4)).shape, type(model.layers[1:3]).__name__)
#> 4 torch.Size([1, 2]) ModuleList
try:
    model.layers(torch.zeros(1, 4))
except NotImplementedError as error:
    print("NotImplementedError:", error)
    #> NotImplementedError: Module [ModuleList] is missing the required "forward" function
