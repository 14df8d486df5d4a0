import torch
from torch import nn

for cls in (nn.RNN, nn.LSTM, nn.GRU, nn.RNNCell):
    print(cls.__name__, "subclass of RNNBase:", issubclass(cls, nn.RNNBase))
    #> RNN subclass of RNNBase: True
    #> LSTM subclass of RNNBase: True
    #> GRU subclass of RNNBase: True
    #> RNNCell subclass of RNNBase: False
print("modes:", nn.RNN(3, 4).mode, nn.RNN(3, 4, nonlinearity="relu").mode, nn.LSTM(3, 4).mode, nn.GRU(3, 4).mode)
#> modes: RNN_TANH RNN_RELU LSTM GRU

base = nn.RNNBase("GRU", 3, 4)
print("RNNBase('GRU', 3, 4) weights:", [tuple(p.shape) for p in base.parameters()])
#> RNNBase('GRU', 3, 4) weights: [(12, 3), (12, 4), (12,), (12,)]
try:
    base(torch.randn(5, 2, 3))
except NotImplementedError as error:
    print("NotImplementedError:", error)
    #> NotImplementedError: Module [RNNBase] is missing the required "forward" function
try:
    nn.GRU(3, 4, proj_size=2)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: proj_size argument is only supported for LSTM, not RNN or GRU
