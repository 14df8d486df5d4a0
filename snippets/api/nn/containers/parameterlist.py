import torch
from torch import nn


class Mixture(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.ParameterList([torch.tensor([1.0, 2.0]), nn.Parameter(torch.tensor([3.0]))])

    def forward(self, x):
        return sum(w.sum() for w in self.weights) * x


model = Mixture()
plain = torch.tensor([5.0, 6.0])
print("plain tensor requires_grad:", plain.requires_grad)
#> plain tensor requires_grad: False
model.weights.append(plain)
stored = model.weights[-1]
print("stored as:", type(stored).__name__, "requires_grad:", stored.requires_grad)
#> stored as: Parameter requires_grad: True
print("same object:", stored is plain, "same memory:", stored.data_ptr() == plain.data_ptr())
#> same object: False same memory: True
print([(name, tuple(p.shape)) for name, p in model.named_parameters()])
#> [('weights.0', (2,)), ('weights.1', (1,)), ('weights.2', (2,))]

y = model(torch.tensor(2.0))
y.backward()
print("y =", y.item(), "= (1 + 2 + 3 + 5 + 6) * 2 =", (1 + 2 + 3 + 5 + 6) * 2)
#> y = 34.0 = (1 + 2 + 3 + 5 + 6) * 2 = 34
print("grads:", [w.grad.tolist() for w in model.weights])
#> grads: [[2.0, 2.0], [2.0], [2.0, 2.0]]

try:
    model.weights.append(torch.tensor([1, 2]))
except RuntimeError as error:
    print("int64 tensor:", error)
    #> int64 tensor: Only Tensors of floating point and complex dtype can require gradients
