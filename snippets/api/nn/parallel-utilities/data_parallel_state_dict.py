import torch
from torch import nn

torch.manual_seed(0)
dp = nn.DataParallel(nn.Linear(3, 2))
saved = dp.state_dict()
print("saved keys:", list(saved))
#> saved keys: ['module.weight', 'module.bias']

fresh = nn.Linear(3, 2)
try:
    fresh.load_state_dict(saved)
except RuntimeError as error:
    for line in str(error).splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Linear:
        #> Missing key(s) in state_dict: "weight", "bias".
        #> Unexpected key(s) in state_dict: "module.weight", "module.bias".

print("dp.module.state_dict():", list(dp.module.state_dict()))
#> dp.module.state_dict(): ['weight', 'bias']
stripped = {key.removeprefix("module."): value for key, value in saved.items()}
print("prefix removed:", fresh.load_state_dict(stripped))
#> prefix removed: <All keys matched successfully>
print("same weight:", torch.equal(fresh.weight, dp.module.weight.cpu()))
#> same weight: True

plain = nn.Linear(3, 2).state_dict()
print("into the wrapper:", nn.DataParallel(nn.Linear(3, 2)).module.load_state_dict(plain))
#> into the wrapper: <All keys matched successfully>
