import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4, num_layers=2)
for name, p in rnn.named_parameters():
    print(name, tuple(p.shape))
    #> weight_ih_l0 (4, 3)
    #> weight_hh_l0 (4, 4)
    #> bias_ih_l0 (4,)
    #> bias_hh_l0 (4,)
    #> weight_ih_l1 (4, 4)
    #> weight_hh_l1 (4, 4)
    #> bias_ih_l1 (4,)
    #> bias_hh_l1 (4,)
print("buffers:", [name for name, _ in rnn.named_buffers()])
#> buffers: []

x = torch.randn(5, 2, 3)
output, h_n = rnn(x)
print("batch_first=False: x", tuple(x.shape), "-> output", tuple(output.shape), "h_n", tuple(h_n.shape))
#> batch_first=False: x (5, 2, 3) -> output (5, 2, 4) h_n (2, 2, 4)
print("output[-1] == h_n[-1]:", torch.equal(output[-1], h_n[-1]))
#> output[-1] == h_n[-1]: True

rnn_bf = nn.RNN(3, 4, num_layers=2, batch_first=True)
x_bf = torch.randn(2, 5, 3)
output, h_n = rnn_bf(x_bf)
print("batch_first=True:  x", tuple(x_bf.shape), "-> output", tuple(output.shape), "h_n", tuple(h_n.shape))
#> batch_first=True:  x (2, 5, 3) -> output (2, 5, 4) h_n (2, 2, 4)
print("output[:, -1] == h_n[-1]:", torch.equal(output[:, -1], h_n[-1]))
#> output[:, -1] == h_n[-1]: True

h_0 = torch.zeros(2, 2, 4)
print("h_0 (num_layers, N, H) accepted:", tuple(rnn_bf(x_bf, h_0)[1].shape))
#> h_0 (num_layers, N, H) accepted: (2, 2, 4)
print("unbatched (L, H_in):", tuple(rnn(torch.randn(5, 3))[0].shape))
#> unbatched (L, H_in): (5, 4)
