import numpy as np
import torch

torch.set_printoptions(precision=4)
x = torch.tensor([[0., 1., 2., 3.], [0., 2., 4., 6.], [3., 2., 1., 0.]])
c = torch.cov(x)
print(c.shape, c[0, 0].item() == torch.var(x[0]).item())
#> torch.Size([3, 3]) True
print(c)
#> tensor([[ 1.6667,  3.3333, -1.6667],
#>         [ 3.3333,  6.6667, -3.3333],
#>         [-1.6667, -3.3333,  1.6667]])
print(np.allclose(c.numpy(), np.cov(x.numpy())))
#> True
fw = torch.tensor([1, 2, 1, 1])
repeated = torch.repeat_interleave(x, fw, dim=1)
print(torch.allclose(torch.cov(x, fweights=fw), torch.cov(repeated)))
#> True
aw = torch.tensor([0.5, 1., 1., 2.])
print(np.allclose(torch.cov(x, aweights=aw).numpy(), np.cov(x.numpy(), aweights=aw.numpy())))
#> True
print(np.allclose(torch.cov(x, correction=0).numpy(), np.cov(x.numpy(), ddof=0)))
#> True
