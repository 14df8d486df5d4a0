import torch.nn as nn

model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Linear(8, 3))
state = model.state_dict()
params = dict(model.named_parameters())
buffers = dict(model.named_buffers())

for key, value in state.items():
    kind = "parameter" if key in params else "buffer" if key in buffers else "?"
    print(f"{key:24} {kind:9} {tuple(value.shape)}")
    #> 0.weight                 parameter (2, 1, 3, 3)
    #> 0.bias                   parameter (2,)
    #> 1.weight                 parameter (2,)
    #> 1.bias                   parameter (2,)
    #> 1.running_mean           buffer    (2,)
    #> 1.running_var            buffer    (2,)
    #> 1.num_batches_tracked    buffer    ()
    #> 4.weight                 parameter (3, 8)
    #> 4.bias                   parameter (3,)
print(type(state).__name__, len(params), len(buffers), len(state))
#> OrderedDict 6 3 9
