import warnings

import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=3, hidden_size=2)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape))
    #> weight_ih_l0 (8, 3)
    #> weight_hh_l0 (8, 2)
    #> bias_ih_l0 (8,)
    #> bias_hh_l0 (8,)

x = torch.randn(1, 1, 3)
output, (h_n, c_n) = lstm(x)
gates = lstm.weight_ih_l0 @ x[0, 0] + lstm.bias_ih_l0 + lstm.bias_hh_l0
i, f, g, o = gates.chunk(4)
c = torch.sigmoid(i) * torch.tanh(g)
h = torch.sigmoid(o) * torch.tanh(c)
print("h_n:", [round(v, 4) for v in h_n[0, 0].tolist()], "by hand:", [round(v, 4) for v in h.tolist()])
#> h_n: [-0.0072, -0.0691] by hand: [-0.0072, -0.0691]
print("c_n:", [round(v, 4) for v in c_n[0, 0].tolist()], "by hand:", [round(v, 4) for v in c.tolist()])
#> c_n: [-0.0092, -0.1175] by hand: [-0.0092, -0.1175]

proj = nn.LSTM(input_size=3, hidden_size=4, num_layers=2, proj_size=2)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    output, (h_n, c_n) = proj(torch.randn(5, 1, 3))
print("proj_size=2: output", tuple(output.shape), "h_n", tuple(h_n.shape), "c_n", tuple(c_n.shape))
#> proj_size=2: output (5, 1, 2) h_n (2, 1, 2) c_n (2, 1, 4)
print("weight_hr_l0", tuple(proj.weight_hr_l0.shape), "weight_hh_l0", tuple(proj.weight_hh_l0.shape), "weight_ih_l1", tuple(proj.weight_ih_l1.shape))
#> weight_hr_l0 (2, 4) weight_hh_l0 (16, 2) weight_ih_l1 (16, 2)
