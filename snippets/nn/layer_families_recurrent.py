import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 7, 10)

lstm = nn.LSTM(input_size=10, hidden_size=16, num_layers=2, batch_first=True)
output, (h, c) = lstm(x)
print("LSTM output", tuple(output.shape), " h", tuple(h.shape), " c", tuple(c.shape))
#> LSTM output (4, 7, 16)  h (2, 4, 16)  c (2, 4, 16)
print(torch.equal(output[:, -1], h[-1]))
#> True

gru = nn.GRU(input_size=10, hidden_size=16, batch_first=True)
output, h = gru(x)
print("GRU  output", tuple(output.shape), " h", tuple(h.shape))
#> GRU  output (4, 7, 16)  h (1, 4, 16)
