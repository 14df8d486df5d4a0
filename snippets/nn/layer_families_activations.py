import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(f"{'x':8}", x.tolist())
#> x        [-3.0, -1.0, 0.0, 1.0, 3.0]
for act in [nn.ReLU(), nn.GELU(), nn.Sigmoid(), nn.Tanh()]:
    print(f"{type(act).__name__:8}", [round(v, 3) for v in act(x).tolist()])
    #> ReLU     [0.0, 0.0, 0.0, 1.0, 3.0]
    #> GELU     [-0.004, -0.159, 0.0, 0.841, 2.996]
    #> Sigmoid  [0.047, 0.269, 0.5, 0.731, 0.953]
    #> Tanh     [-0.995, -0.762, 0.0, 0.762, 0.995]
