import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.register_buffer("calls", torch.tensor(0))
        self.offset = torch.ones(2)

    def forward(self, x):
        self.calls += 1
        return self.fc(x) * self.scale + self.offset


torch.manual_seed(0)
model = Scaled()
print(model)
#> Scaled(
#>   (fc): Linear(in_features=3, out_features=2, bias=True)
#> )
for name, p in model.named_parameters():
    print(name, tuple(p.shape))
    #> scale ()
    #> fc.weight (2, 3)
    #> fc.bias (2,)
print("buffers:", [name for name, _ in model.named_buffers()])
#> buffers: ['calls']
print("state_dict:", list(model.state_dict()))
#> state_dict: ['scale', 'calls', 'fc.weight', 'fc.bias']

x = torch.tensor([[1.0, 2.0, 3.0]])
by_hand = (x @ model.fc.weight.T + model.fc.bias) * 2.0 + 1.0
print("model(x) = (x W.T + b) * 2 + 1:", torch.allclose(model(x), by_hand))
#> model(x) = (x W.T + b) * 2 + 1: True

model.register_forward_hook(lambda module, inputs, output: print("  hook ran"))
print("model(x):")
#> model(x):
model(x)
#>   hook ran
print("model.forward(x):")
#> model.forward(x):
model.forward(x)
print("calls:", model.calls.item())
#> calls: 3

print("training:", model.training, model.fc.training)
#> training: True True
model.eval()
print("after eval():", model.training, model.fc.training)
#> after eval(): False False
try:
    nn.Module(3)
except TypeError as error:
    print("nn.Module(3):", error)
    #> nn.Module(3): Module.__init__() takes 1 positional argument but 2 were given
