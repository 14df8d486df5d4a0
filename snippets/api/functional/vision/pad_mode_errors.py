import torch
import torch.nn.functional as F

torch.manual_seed(0)
v = torch.tensor([1.0, 2.0, 3.0])
print(F.pad(v, (2, 1)))
#> tensor([0., 0., 1., 2., 3., 0.])
try:
    F.pad(v, (2, 1), mode="reflect")
except NotImplementedError as error:
    print("NotImplementedError:", str(error).splitlines()[0])
    #> NotImplementedError: Padding size 2 is not supported for 1D input tensor.
print(F.pad(v.unsqueeze(0), (2, 1), mode="reflect").squeeze(0))
#> tensor([3., 2., 1., 2., 3., 2.])

try:
    F.pad(v.unsqueeze(0), (3, 0), mode="reflect")
except RuntimeError as error:
    print("RuntimeError:", str(error).split(",")[0])
    #> RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension
try:
    F.pad(v.unsqueeze(0), (1, 1), mode="replicate", value=5.0)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Padding mode "replicate" doesn't take in value argument
