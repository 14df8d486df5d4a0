import torch
from torch.utils.data import DataLoader

data = torch.arange(10) * 10

loader = DataLoader(data, batch_size=3, sampler=[9, 7, 5, 3, 1])
print([batch.tolist() for batch in loader])
#> [[90, 70, 50], [30, 10]]

try:
    DataLoader(data, batch_size=3, shuffle=True, sampler=[9, 7, 5])
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: sampler option is mutually exclusive with shuffle
