import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
data = torch.arange(8)

plain = DataLoader(data, batch_size=8)
shuffled = DataLoader(data, batch_size=8, shuffle=True)

for epoch in range(2):
    print("epoch", epoch, "shuffle=False:", next(iter(plain)).tolist())
    #> epoch 0 shuffle=False: [0, 1, 2, 3, 4, 5, 6, 7]
    #> epoch 1 shuffle=False: [0, 1, 2, 3, 4, 5, 6, 7]
for epoch in range(2):
    print("epoch", epoch, "shuffle=True: ", next(iter(shuffled)).tolist())
    #> epoch 0 shuffle=True:  [0, 3, 7, 1, 6, 2, 5, 4]
    #> epoch 1 shuffle=True:  [5, 7, 1, 6, 2, 0, 3, 4]
