import pickle
import re

import torch


class Config:
    def __init__(self, lr):
        self.lr = lr


torch.save({"config": Config(0.1), "w": torch.ones(2)}, "run.pt")
try:
    torch.load("run.pt")
except pickle.UnpicklingError as e:
    print(type(e).__name__, re.search(r"Unsupported global: GLOBAL \S+", str(e)).group())
    #> UnpicklingError Unsupported global: GLOBAL __main__.Config

with torch.serialization.safe_globals([Config]):
    print(torch.load("run.pt")["config"].lr)
    #> 0.1
torch.serialization.add_safe_globals([Config])
print(torch.load("run.pt", weights_only=True)["config"].lr)
#> 0.1
print(torch.load("run.pt", weights_only=False)["config"].lr)
#> 0.1
