import torch
from torch import nn


class Small(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 2)

    def forward(self, x):
        return torch.relu(self.linear(x))


program = torch.export.export(Small(), (torch.randn(1, 3),))
print(type(program).__name__)
#> ExportedProgram
for node in program.graph.nodes:
    print(f"{node.op:<14} {node.target}")
    #> placeholder    p_linear_weight
    #> placeholder    p_linear_bias
    #> placeholder    x
    #> call_function  aten.linear.default
    #> call_function  aten.relu.default
    #> output         output
