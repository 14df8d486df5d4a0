import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([[1.0, 2.0], [3.0, 2.0], [5.0, 2.0], [7.0, 6.0]])
print("batch mean:", x.mean(0), "biased var:", x.var(0, correction=0), "unbiased var:", x.var(0))
#> batch mean: tensor([4., 3.]) biased var: tensor([5., 3.]) unbiased var: tensor([6.6667, 4.0000])

layer = nn.BatchNorm1d(2)
y = layer(x)
print("y[0, 0]:", round(y[0, 0].item(), 4), "by hand:", round((1 - 4) / math.sqrt(5 + 1e-5), 4))
#> y[0, 0]: -1.3416 by hand: -1.3416
print("running_mean:", layer.running_mean, "= 0.9 * 0 + 0.1 * mean")
#> running_mean: tensor([0.4000, 0.3000]) = 0.9 * 0 + 0.1 * mean
print("running_var:", layer.running_var, "= 0.9 * 1 + 0.1 * unbiased var")
#> running_var: tensor([1.5667, 1.3000]) = 0.9 * 1 + 0.1 * unbiased var
print("num_batches_tracked:", layer.num_batches_tracked.item())
#> num_batches_tracked: 1

before = layer.running_var.clone()
layer.eval()
y_eval = layer(x)
print("eval y[0, 0]:", round(y_eval[0, 0].item(), 4), "by hand:", round((1 - 0.4) / math.sqrt(0.9 + 0.1 * 20 / 3 + 1e-5), 4))
#> eval y[0, 0]: 0.4794 by hand: 0.4794
print("buffers unchanged in eval:", torch.equal(layer.running_var, before), layer.num_batches_tracked.item())
#> buffers unchanged in eval: True 1

cumulative = nn.BatchNorm1d(2, momentum=None)
cumulative(x)
cumulative(x + 4)
print("momentum=None:", cumulative.running_mean, "= mean of [4, 3] and [8, 7]")
#> momentum=None: tensor([6., 5.]) = mean of [4, 3] and [8, 7]

untracked = nn.BatchNorm1d(2, track_running_stats=False)
print("track_running_stats=False:", untracked.running_mean, untracked.num_batches_tracked)
#> track_running_stats=False: None None
print("eval equals train:", torch.equal(untracked.eval()(x), untracked.train()(x)))
#> eval equals train: True
