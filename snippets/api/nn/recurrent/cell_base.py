from torch import nn

for cls in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    cell = cls(input_size=3, hidden_size=4)
    print(cls.__name__, issubclass(cls, nn.RNNCellBase), "weight_ih", tuple(cell.weight_ih.shape), "num_chunks:", cell.weight_ih.shape[0] // 4)
    #> RNNCell True weight_ih (4, 3) num_chunks: 1
    #> LSTMCell True weight_ih (16, 3) num_chunks: 4
    #> GRUCell True weight_ih (12, 3) num_chunks: 3

base = nn.RNNCellBase(input_size=3, hidden_size=4, bias=True, num_chunks=2)
print("RNNCellBase(num_chunks=2):", {name: tuple(p.shape) for name, p in base.named_parameters()})
#> RNNCellBase(num_chunks=2): {'weight_ih': (8, 3), 'weight_hh': (8, 4), 'bias_ih': (8,), 'bias_hh': (8,)}
print("has its own forward:", "forward" in vars(nn.RNNCellBase))
#> has its own forward: False
