import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 3.0, 5.0], [2.0, 2.0, 8.0]], [[0.0, 0.0, 6.0], [4.0, 4.0, 4.0]]])
y = F.instance_norm(x)
print(y.shape)
#> torch.Size([2, 2, 3])
print(y[:, 1])
#> tensor([[-0.7071, -0.7071,  1.4142],
#>         [ 0.0000,  0.0000,  0.0000]])

row = x[0, 1]
expected = (row - row.mean()) / torch.sqrt(row.var(correction=0) + 1e-5)
print(row.mean(), row.var(correction=0), torch.allclose(y[0, 1], expected))
#> tensor(4.) tensor(8.) True

inorm = torch.nn.InstanceNorm1d(2)
print(torch.equal(inorm(x), F.instance_norm(x, eps=inorm.eps)))
#> True
