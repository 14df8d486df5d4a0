import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3, 8, 8) * 5 + 10
instance = nn.InstanceNorm2d(3)
batch = nn.BatchNorm2d(3)
for _ in range(3):
    instance(x)
    batch(x)
instance.eval()
batch.eval()
print("InstanceNorm2d eval == train:", torch.equal(instance(x), instance.train()(x)))
#> InstanceNorm2d eval == train: True
print("BatchNorm2d eval == train:", torch.equal(batch(x), batch.train()(x)))
#> BatchNorm2d eval == train: False

tracked = nn.InstanceNorm2d(3, track_running_stats=True)
for _ in range(3):
    tracked(x)
by_hand = (1 - 0.9**3) * x.mean(dim=(0, 2, 3))
print("running_mean after 3 calls:", [round(v, 2) for v in tracked.running_mean.tolist()], torch.allclose(tracked.running_mean, by_hand))
#> running_mean after 3 calls: [2.89, 2.69, 2.81] True
print("track_running_stats=True, eval == train:", torch.equal(tracked.eval()(x), tracked.train()(x)))
#> track_running_stats=True, eval == train: False
