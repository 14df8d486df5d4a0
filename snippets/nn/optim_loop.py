import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.MSELoss()
x = torch.randn(8, 2)
y = x @ torch.tensor([[2.0], [-1.0]]) + 0.5

print(type(optimizer).__name__, len(optimizer.param_groups[0]["params"]), optimizer.param_groups[0]["lr"])
#> SGD 2 0.1
for step in range(5):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    print(step, round(loss.item(), 4))
    #> 0 4.4951
    #> 1 3.1804
    #> 2 2.3153
    #> 3 1.7316
    #> 4 1.3271
