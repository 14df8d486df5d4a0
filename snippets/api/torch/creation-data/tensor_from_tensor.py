import warnings

import torch

source = torch.ones(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = torch.tensor(source)
for w in caught:
    print(w.category.__name__, str(w.message)[:87])
    #> UserWarning To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone()
clone = source.detach().clone()
print(copy.data_ptr() == source.data_ptr(), clone.data_ptr() == source.data_ptr())
#> False False

rows = [torch.ones(2), torch.zeros(2)]
try:
    torch.tensor(rows)
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> ValueError only one element tensors can be converted to Python scalars
print(torch.stack(rows))
#> tensor([[1., 1.],
#>         [0., 0.]])
print(torch.tensor([torch.tensor(1.0), torch.tensor(2.0)]))
#> tensor([1., 2.])
