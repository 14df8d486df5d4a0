import warnings

import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=2)
x = torch.randn(1, 1, 3)
h_0 = torch.randn(1, 1, 2)
output, h_n = rnn(x, h_0)
by_hand = torch.tanh(rnn.weight_ih_l0 @ x[0, 0] + rnn.bias_ih_l0 + rnn.weight_hh_l0 @ h_0[0, 0] + rnn.bias_hh_l0)
print("layer:  ", [round(v, 4) for v in output[0, 0].tolist()])
#> layer:   [-0.1114, -0.4837]
print("by hand:", [round(v, 4) for v in by_hand.tolist()])
#> by hand: [-0.1114, -0.4837]
print("allclose:", torch.allclose(output[0, 0], by_hand))
#> allclose: True

torch.manual_seed(0)
deep = nn.RNN(3, 4, num_layers=2, dropout=0.5)
x = torch.randn(5, 2, 3)
print("train(), two calls equal:", torch.equal(deep(x)[0], deep(x)[0]))
#> train(), two calls equal: False
deep.eval()
print("eval(),  two calls equal:", torch.equal(deep(x)[0], deep(x)[0]))
#> eval(),  two calls equal: True

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.RNN(3, 4, num_layers=1, dropout=0.5)
print(caught[0].category.__name__ + ":", caught[0].message)
#> UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
