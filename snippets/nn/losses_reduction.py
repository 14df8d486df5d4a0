import torch
import torch.nn as nn

torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 1])

for reduction in ["none", "sum", "mean"]:
    loss = nn.CrossEntropyLoss(reduction=reduction)(logits, target)
    print(f"{reduction:4}", tuple(loss.shape), loss)
    #> none (3,) tensor([0.2413, 0.1096, 1.0986])
    #> sum  () tensor(1.4495)
    #> mean () tensor(0.4832)
