from collections import OrderedDict

from torch import nn

layers = [nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2)]
try:
    nn.Sequential(layers)
except TypeError as error:
    print("nn.Sequential(list):", error)
    #> nn.Sequential(list): list is not a Module subclass
print("nn.Sequential(*list):", len(nn.Sequential(*layers)))
#> nn.Sequential(*list): 3

model = nn.Sequential(nn.Linear(3, 4), nn.Dropout(0.5), nn.Linear(4, 2))
checkpoint = model.state_dict()
del model[1]
print("after del model[1]:", list(model.state_dict()))
#> after del model[1]: ['0.weight', '0.bias', '1.weight', '1.bias']
try:
    model.load_state_dict(checkpoint)
except RuntimeError as error:
    for line in str(error).splitlines()[1:]:
        print("load old checkpoint:", line.strip())
        #> load old checkpoint: Missing key(s) in state_dict: "1.weight", "1.bias".
        #> load old checkpoint: Unexpected key(s) in state_dict: "2.weight", "2.bias".

named = nn.Sequential(OrderedDict(hidden=nn.Linear(3, 4), drop=nn.Dropout(0.5), out=nn.Linear(4, 2)))
del named.drop
print("after del named.drop:", list(named.state_dict()))
#> after del named.drop: ['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
del named[0]
print("after del named[0]:", list(named.state_dict()))
#> after del named[0]: ['0.weight', '0.bias']
