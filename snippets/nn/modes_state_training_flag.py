import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        x = self.drop(self.fc(x))
        return F.dropout(x, 0.5, training=self.training)


def flags(model):
    return {name or "(root)": m.training for name, m in model.named_modules()}


torch.manual_seed(0)
model = Net()
x = torch.ones(1, 4)
print(flags(model))
#> {'(root)': True, 'fc': True, 'drop': True}
print("same output twice:", torch.equal(model(x), model(x)))
#> same output twice: False

print(model.eval() is model)
#> True
print(flags(model))
#> {'(root)': False, 'fc': False, 'drop': False}
print("same output twice:", torch.equal(model(x), model(x)))
#> same output twice: True

model.train()
print(model.training, model.drop.training)
#> True True
model.train(False)
print(model.training, model.drop.training)
#> False False
