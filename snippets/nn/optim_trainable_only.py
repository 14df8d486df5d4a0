import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
for p in model[0].parameters():
    p.requires_grad = False

trainable = [p for p in model.parameters() if p.requires_grad]
print(len(list(model.parameters())), len(trainable))
#> 4 2
optimizer = torch.optim.SGD(trainable, lr=0.1)

before = {name: p.detach().clone() for name, p in model.named_parameters()}
x = torch.randn(5, 3)
model(x).pow(2).mean().backward()
optimizer.step()

for name, p in model.named_parameters():
    print(f"{name:9} requires_grad={p.requires_grad!s:5} changed={not torch.equal(p, before[name])}")
    #> 0.weight  requires_grad=False changed=False
    #> 0.bias    requires_grad=False changed=False
    #> 2.weight  requires_grad=True  changed=True
    #> 2.bias    requires_grad=True  changed=True
