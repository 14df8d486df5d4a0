import torch
from torch import nn

torch.manual_seed(0)
H = 2
lstm = nn.LSTM(input_size=3, hidden_size=H, bidirectional=True, batch_first=True)
print("reverse weights:", [name for name, _ in lstm.named_parameters() if name.endswith("_reverse")])
#> reverse weights: ['weight_ih_l0_reverse', 'weight_hh_l0_reverse', 'bias_ih_l0_reverse', 'bias_hh_l0_reverse']
x = torch.randn(1, 4, 3)
output, (h_n, c_n) = lstm(x)
print("output", tuple(output.shape), "h_n", tuple(h_n.shape))
#> output (1, 4, 4) h_n (2, 1, 2)

forward, backward = output[..., :H], output[..., H:]
print("forward:  output[:, -1] == h_n[0]:", torch.equal(forward[:, -1], h_n[0]))
#> forward:  output[:, -1] == h_n[0]: True
print("backward: output[:, -1] == h_n[1]:", torch.equal(backward[:, -1], h_n[1]))
#> backward: output[:, -1] == h_n[1]: False
print("backward: output[:, 0]  == h_n[1]:", torch.equal(backward[:, 0], h_n[1]))
#> backward: output[:, 0]  == h_n[1]: True

reverse = nn.LSTM(3, H, batch_first=True)
reverse.load_state_dict({k.removesuffix("_reverse"): v for k, v in lstm.state_dict().items() if k.endswith("_reverse")})
by_flip, _ = reverse(x.flip(1))
print("backward == LSTM on x.flip(1), flipped back:", torch.allclose(backward, by_flip.flip(1)))
#> backward == LSTM on x.flip(1), flipped back: True
