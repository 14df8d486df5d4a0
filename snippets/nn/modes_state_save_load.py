import os
import tempfile

import torch
import torch.nn as nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
model = make_model()
model(torch.randn(16, 4))
model.eval()

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.pt")
    torch.save(model.state_dict(), path)

    torch.manual_seed(1)
    fresh = make_model().eval()
    x = torch.randn(3, 4)
    print("before load:", torch.equal(fresh(x), model(x)))
    #> before load: False

    result = fresh.load_state_dict(torch.load(path))
    print(result)
    #> <All keys matched successfully>
    print("after load :", torch.equal(fresh(x), model(x)))
    #> after load : True
    print(fresh[1].num_batches_tracked)
    #> tensor(1)
