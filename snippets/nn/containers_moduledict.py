import torch
import torch.nn as nn


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 8)
        self.heads = nn.ModuleDict({"cls": nn.Linear(8, 3), "reg": nn.Linear(8, 1)})

    def forward(self, x, task):
        return self.heads[task](self.body(x))


torch.manual_seed(0)
model = MultiHead()
print(list(model.heads.keys()), "reg" in model.heads)
#> ['cls', 'reg'] True
print([name for name, _ in model.named_parameters()])
#> ['body.weight', 'body.bias', 'heads.cls.weight', 'heads.cls.bias', 'heads.reg.weight', 'heads.reg.bias']
x = torch.randn(2, 4)
print(model(x, "cls").shape, model(x, "reg").shape)
#> torch.Size([2, 3]) torch.Size([2, 1])
try:
    nn.ModuleDict({"cls.v2": nn.Linear(8, 3)})
except KeyError as error:
    print("KeyError:", error)
    #> KeyError: 'module name can\'t contain ".", got: cls.v2'
