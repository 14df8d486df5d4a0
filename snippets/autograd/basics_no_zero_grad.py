import torch
from torch import nn

torch.manual_seed(0)
inputs = torch.randn(8, 3)
targets = torch.randn(8, 1)


def train(zero_grad):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    grad_norms, losses = [], []
    for step in range(7):
        if zero_grad:
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(inputs), targets)
        loss.backward()
        optimizer.step()
        grad_norms.append(round(model.weight.grad.norm().item(), 2))
        losses.append(round(loss.item(), 2))
    return grad_norms, losses


grad_norms, losses = train(zero_grad=True)
print("with zero_grad    grad norm:", grad_norms)
#> with zero_grad    grad norm: [2.04, 1.7, 1.43, 1.22, 1.05, 0.9, 0.78]
print("                  loss:     ", losses)
#>                   loss:      [2.06, 1.44, 1.03, 0.75, 0.56, 0.43, 0.33]
grad_norms, losses = train(zero_grad=False)
print("without zero_grad grad norm:", grad_norms)
#> without zero_grad grad norm: [2.04, 3.74, 4.83, 5.21, 4.91, 4.08, 2.9]
print("                  loss:     ", losses)
#>                   loss:      [2.06, 1.44, 0.64, 0.21, 0.38, 0.96, 1.53]
