import torch
import torch.nn.functional as F


class Forgets(torch.nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)


class PassesMode(torch.nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


torch.manual_seed(0)
x = torch.ones(6)
forgets = Forgets().eval()
passes = PassesMode().eval()
print(forgets.training, passes.training)
#> False False
print(forgets(x))
#> tensor([0., 0., 2., 0., 0., 0.])
print(passes(x))
#> tensor([1., 1., 1., 1., 1., 1.])
print(passes.train()(x))
#> tensor([2., 2., 0., 2., 2., 2.])
