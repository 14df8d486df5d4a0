import torch
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.tensor([1, 2, 3])
try:
    F.softmax(scores, dim=0)
except NotImplementedError as error:
    print("NotImplementedError:", error)
    #> NotImplementedError: "softmax_lastdim_kernel_impl" not implemented for 'Long'
print(F.softmax(scores, dim=0, dtype=torch.float32))
#> tensor([0.0900, 0.2447, 0.6652])

x = torch.tensor([1.0, 2.0, 3.0])
y = F.softmax(x, dim=0, dtype=torch.float64)
print(y.dtype, torch.equal(y, F.softmax(x.double(), dim=0)))
#> torch.float64 True
