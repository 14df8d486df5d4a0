import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.equal(F.gelu(x), F.gelu(x, approximate="none")))
#> True
print(torch.equal(F.gelu(x), F.gelu(x, approximate="tanh")))
#> False
for value in (True, "exact"):
    try:
        F.gelu(x, approximate=value)
    except (TypeError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)
        #> TypeError: gelu(): argument 'approximate' must be str, not bool
        #> RuntimeError: approximate argument must be either none or tanh.
