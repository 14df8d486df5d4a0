import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.plain_weight = torch.randn(2, 3)

    def forward(self, x):
        x = F.relu(self.fc(x))
        return F.linear(x, self.plain_weight)


torch.manual_seed(0)
net = Net()
print(net)
#> Net(
#>   (fc): Linear(in_features=4, out_features=3, bias=True)
#> )
print([name for name, _ in net.named_parameters()])
#> ['fc.weight', 'fc.bias']
print(list(net.state_dict().keys()))
#> ['fc.weight', 'fc.bias']
print(net(torch.randn(5, 4)).shape)
#> torch.Size([5, 2])
