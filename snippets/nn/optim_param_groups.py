import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
optimizer = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 0.001},
    {"params": model[2].parameters()},
], lr=0.1)
print([group["lr"] for group in optimizer.param_groups])
#> [0.001, 0.1]

before = [p.detach().clone() for p in model.parameters()]
model(torch.randn(5, 3)).pow(2).mean().backward()
grads = [p.grad.clone() for p in model.parameters()]
optimizer.step()

for (name, p), b, g in zip(model.named_parameters(), before, grads):
    ratio = ((b - p).norm() / g.norm()).item()
    print(f"{name:9} step/grad = {ratio:.4f}")
    #> 0.weight  step/grad = 0.0010
    #> 0.bias    step/grad = 0.0010
    #> 2.weight  step/grad = 0.1000
    #> 2.bias    step/grad = 0.1000
