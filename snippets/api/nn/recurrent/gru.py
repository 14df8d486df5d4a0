import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=2, num_layers=2, batch_first=True)
for name, p in gru.named_parameters():
    if name.endswith("l0"):
        print(name, tuple(p.shape))
        #> weight_ih_l0 (6, 3)
        #> weight_hh_l0 (6, 2)
        #> bias_ih_l0 (6,)
        #> bias_hh_l0 (6,)

x = torch.randn(4, 6, 3)
output, h_n = gru(x)
print("output", tuple(output.shape), "h_n", tuple(h_n.shape), "type:", type(h_n).__name__)
#> output (4, 6, 2) h_n (2, 4, 2) type: Tensor

one = nn.GRU(input_size=3, hidden_size=2)
x1, h0 = torch.randn(3), torch.randn(2)
_, h1 = one(x1.view(1, 1, 3), h0.view(1, 1, 2))
r_i, z_i, n_i = (one.weight_ih_l0 @ x1 + one.bias_ih_l0).chunk(3)
r_h, z_h, n_h = (one.weight_hh_l0 @ h0 + one.bias_hh_l0).chunk(3)
r, z = torch.sigmoid(r_i + r_h), torch.sigmoid(z_i + z_h)
n = torch.tanh(n_i + r * n_h)
by_hand = (1 - z) * n + z * h0
print("h_1:", [round(v, 4) for v in h1.flatten().tolist()], "by hand:", [round(v, 4) for v in by_hand.tolist()])
#> h_1: [-0.5738, 0.6164] by hand: [-0.5738, 0.6164]
