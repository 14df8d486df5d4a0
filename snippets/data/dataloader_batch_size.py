import torch
from torch.utils.data import DataLoader

data = torch.arange(10)
loader = DataLoader(data, batch_size=4)

for batch in loader:
    print(batch)
    #> tensor([0, 1, 2, 3])
    #> tensor([4, 5, 6, 7])
    #> tensor([8, 9])
print("batches:", len(loader))
#> batches: 3
