import torch
import torch.nn as nn


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.param = nn.Parameter(torch.tensor([3.0]))
        self.plain = torch.tensor([3.0])
        self.plain_grad = torch.tensor([3.0], requires_grad=True)
        self.register_buffer("buf", torch.tensor([3.0]), persistent=True)
        self.register_buffer("buf_tmp", torch.tensor([3.0]), persistent=False)

    def forward(self, x):
        return x * self.param * self.plain * self.plain_grad * self.buf * self.buf_tmp


model = Holder()
model(torch.tensor([1.0])).sum().backward()
names = ["param", "plain", "plain_grad", "buf", "buf_tmp"]
in_params = {id(p) for p in model.parameters()}
in_state = set(model.state_dict())
grads = {name: getattr(model, name).grad is not None for name in names}

model.to(torch.float64)
print(f"{'attribute':11} {'parameters()':13} {'state_dict()':13} {'gets grad':10} {'.to(float64)'}")
#> attribute   parameters()  state_dict()  gets grad  .to(float64)
for name in names:
    t = getattr(model, name)
    print(f"{name:11} {id(t) in in_params!s:13} {name in in_state!s:13} {grads[name]!s:10} {t.dtype}")
    #> param       True          True          True       torch.float64
    #> plain       False         False         False      torch.float32
    #> plain_grad  False         False         True       torch.float32
    #> buf         False         True          False      torch.float64
    #> buf_tmp     False         False         False      torch.float64
