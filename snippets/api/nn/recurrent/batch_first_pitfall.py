import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4)
batch = torch.randn(2, 5, 3)
output, h_n = rnn(batch)
print("2 sequences of 5 steps:", tuple(batch.shape), "-> h_n", tuple(h_n.shape))
#> 2 sequences of 5 steps: (2, 5, 3) -> h_n (1, 5, 4)
alone, _ = rnn(batch[1:2])
print("sequence 1 alone == in the batch:", torch.allclose(alone[0], output[1]))
#> sequence 1 alone == in the batch: False

output, h_n = rnn(batch.permute(1, 0, 2))
alone, _ = rnn(batch[1:2].permute(1, 0, 2))
print("after permute(1, 0, 2): h_n", tuple(h_n.shape), "| alone == in the batch:", torch.allclose(alone[:, 0], output[:, 1]))
#> after permute(1, 0, 2): h_n (1, 2, 4) | alone == in the batch: True
