import torch
import torch.nn as nn


class TinyNet(nn.Module):
    def __init__(self, in_features, hidden, classes):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


torch.manual_seed(0)
model = TinyNet(4, 8, 3)
print(model)
#> TinyNet(
#>   (fc1): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#>   (fc2): Linear(in_features=8, out_features=3, bias=True)
#> )
x = torch.randn(5, 4)
print(model(x).shape)
#> torch.Size([5, 3])
print([name for name, _ in model.named_parameters()])
#> ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']
