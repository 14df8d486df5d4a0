import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(4, 3)
y = torch.randn(4, 1)
lr = 0.1

nn.MSELoss()(model(x), y).backward()
before = model.bias.item()
grad = model.bias.grad.item()
expected = [(p - lr * p.grad).detach() for p in model.parameters()]

optimizer = torch.optim.SGD(model.parameters(), lr=lr)
optimizer.step()

print(f"bias: {before:.4f} - {lr} * {grad:.4f} = {before - lr * grad:.4f}")
#> bias: -0.4249 - 0.1 * -0.3759 = -0.3873
print(f"bias after step(): {model.bias.item():.4f}")
#> bias after step(): -0.3873
for (name, p), e in zip(model.named_parameters(), expected):
    print(name, torch.allclose(p, e))
    #> weight True
    #> bias True
