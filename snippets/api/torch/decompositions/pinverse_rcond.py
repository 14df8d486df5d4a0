import numpy as np
import torch

torch.set_default_dtype(torch.float64)
v = torch.tensor([[1.0], [2.0]])
v_pinv = torch.pinverse(v)
print(v_pinv, v.mT / 5)
#> tensor([[0.2000, 0.4000]]) tensor([[0.2000, 0.4000]])
print(torch.allclose(v_pinv @ v, torch.ones(1, 1)), np.allclose(v_pinv.numpy(), np.linalg.pinv(v.numpy())))
#> True True
print(torch.equal(v_pinv, torch.linalg.pinv(v)))
#> True

D = torch.diag(torch.tensor([1.0, 1e-10]))
print(torch.pinverse(D).diagonal())
#> tensor([1.0000e+00, 1.0000e+10])
print(torch.pinverse(D, rcond=1e-5).diagonal())
#> tensor([1., 0.])
print(torch.equal(torch.pinverse(D, rcond=1e-5), torch.linalg.pinv(D, rtol=1e-5)))
#> True
