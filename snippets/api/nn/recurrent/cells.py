import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 2, 3)
for cell in (nn.RNNCell(3, 4), nn.LSTMCell(3, 4), nn.GRUCell(3, 4)):
    result = cell(x[0])
    shapes = [tuple(t.shape) for t in result] if isinstance(result, tuple) else tuple(result.shape)
    print(type(cell).__name__, "weight_ih", tuple(cell.weight_ih.shape), "-> one step:", shapes)
    #> RNNCell weight_ih (4, 3) -> one step: (2, 4)
    #> LSTMCell weight_ih (16, 3) -> one step: [(2, 4), (2, 4)]
    #> GRUCell weight_ih (12, 3) -> one step: (2, 4)

lstm = nn.LSTM(3, 4)
cell = nn.LSTMCell(3, 4)
cell.load_state_dict({k.removesuffix("_l0"): v for k, v in lstm.state_dict().items()})
h, c = torch.zeros(2, 4), torch.zeros(2, 4)
steps = []
for x_t in x:
    h, c = cell(x_t, (h, c))
    steps.append(h)
output, (h_n, c_n) = lstm(x)
print("loop of LSTMCell == LSTM:", torch.allclose(torch.stack(steps), output), torch.allclose(c, c_n[0]))
#> loop of LSTMCell == LSTM: True True
print("unbatched input (3,) ->", tuple(nn.GRUCell(3, 4)(torch.randn(3)).shape))
#> unbatched input (3,) -> (4,)
