import warnings

import torch

indices = torch.tensor([[0, 1, 1, 0], [2, 0, 2, 2]])
values = torch.tensor([3.0, 4.0, 5.0, 1.0])
s = torch.sparse_coo_tensor(indices, values, (2, 3), check_invariants=True)
print(s.layout, s.shape, s._nnz(), s.is_coalesced())
#> torch.sparse_coo torch.Size([2, 3]) 4 False
print(s.to_dense())
#> tensor([[0., 0., 4.],
#>         [4., 0., 5.]])

c = s.coalesce()
print(c.indices())
#> tensor([[0, 1, 1],
#>         [2, 0, 2]])
print(c.values(), c._nnz(), c.is_coalesced())
#> tensor([4., 4., 5.]) 3 True

inferred = torch.sparse_coo_tensor(indices, values, check_invariants=True)
print(inferred.shape)
#> torch.Size([2, 3])

try:
    torch.sparse_coo_tensor(torch.tensor([[0, 5], [0, 0]]), torch.tensor([1.0, 2.0]), (2, 3), check_invariants=True)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError size is inconsistent with indices: for dim 0, size is 2 but found index 5

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.sparse_coo_tensor(indices, values, (2, 3))
for w in caught:
    print(w.category.__name__, str(w.message)[:48])
    #> UserWarning Sparse invariant checks are implicitly disabled.
