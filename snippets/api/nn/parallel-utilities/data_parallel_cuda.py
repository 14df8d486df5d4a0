# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
seen = []


class Probe(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 2)

    def forward(self, x):
        seen.append((x.device.index, x.shape[0]))
        return self.linear(x)


model = Probe().to("cuda:0")
dp = nn.DataParallel(model)
x = torch.randn(8, 3)
y = dp(x)

print("every GPU listed:", len(dp.device_ids) == torch.cuda.device_count())
print("replicas on distinct GPUs:", len({index for index, _ in seen}) == len(seen))
print("chunks add up to the batch:", sum(size for _, size in seen) == x.shape[0])
print("output:", tuple(y.shape), y.device)
print("same as the module alone:", torch.allclose(y, model(x.to("cuda:0")), atol=1e-6))
