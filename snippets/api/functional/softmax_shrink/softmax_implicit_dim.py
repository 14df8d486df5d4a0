import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for ndim in range(1, 5):
        x = torch.randn((2,) * ndim)
        implicit = F.softmax(x)
        chosen = [d for d in range(ndim) if torch.equal(implicit, F.softmax(x, dim=d))]
        print(f"{ndim}-D input: implicit dim {chosen}, last dim {ndim - 1}")
        #> 1-D input: implicit dim [0], last dim 0
        #> 2-D input: implicit dim [1], last dim 1
        #> 3-D input: implicit dim [0], last dim 2
        #> 4-D input: implicit dim [1], last dim 3
    F.softmin(x)
    F.log_softmax(x)
print(len(caught), "warnings")
#> 6 warnings
for message in sorted({str(w.category.__name__) + ": " + str(w.message) for w in caught}):
    print(message)
    #> UserWarning: Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.
    #> UserWarning: Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
    #> UserWarning: Implicit dimension choice for softmin has been deprecated. Change the call to include dim=X as an argument.
